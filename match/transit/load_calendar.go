package transit

func (l *loader) readCalendars(src source) error {
	added := map[string]map[int32]bool{}
	removed := map[string]map[int32]bool{}
	var order []string
	err := readTable(src, "calendar_dates.txt", false, []string{"service_id", "date", "exception_type"}, func(t *table) error {
		id := t.get("service_id")
		if id == "" {
			return t.errf("service_id", "empty")
		}
		d, err := parseGTFSDate(t.get("date"))
		if err != nil {
			return t.errf("date", "%q is not a date YYYYMMDD", t.get("date"))
		}
		m := added
		switch t.get("exception_type") {
		case "1":
		case "2":
			m = removed
		default:
			return t.errf("exception_type", "%q is neither 1 (added) nor 2 (removed)", t.get("exception_type"))
		}
		if added[id] == nil && removed[id] == nil {
			order = append(order, id)
		}
		if m[id] == nil {
			m[id] = map[int32]bool{}
		}
		m[id][epochDay(d)] = true
		return nil
	})
	if err != nil {
		return err
	}
	hasCalendar := false
	need := append([]string{"service_id", "start_date", "end_date"}, weekdayFields[:]...)
	err = readTable(src, "calendar.txt", false, need, func(t *table) error {
		hasCalendar = true
		id := t.get("service_id")
		if id == "" {
			return t.errf("service_id", "empty")
		}
		if _, dup := l.serviceIdx[id]; dup {
			return t.errf("service_id", "%q appears twice", id)
		}
		s := service{id: id, added: added[id], removed: removed[id]}
		someDay := false
		for d, f := range weekdayFields {
			switch t.get(f) {
			case "1":
				s.days[d], someDay = true, true
			case "0":
			default:
				return t.errf(f, "%q is neither 0 nor 1", t.get(f))
			}
		}
		if !someDay && len(s.added) == 0 {
			return t.errf("monday", "service %q runs on no day of the week and calendar_dates.txt adds no date", id)
		}
		var err error
		if s.start, err = parseGTFSDate(t.get("start_date")); err != nil {
			return t.errf("start_date", "%q is not a date YYYYMMDD", t.get("start_date"))
		}
		if s.end, err = parseGTFSDate(t.get("end_date")); err != nil {
			return t.errf("end_date", "%q is not a date YYYYMMDD", t.get("end_date"))
		}
		if s.end.Before(s.start) {
			return t.errf("end_date", "%s is before start_date %s", s.end, s.start)
		}
		l.serviceIdx[id] = int32(len(l.f.services))
		l.f.services = append(l.f.services, s)
		return nil
	})
	if err != nil {
		return err
	}
	// Services defined by calendar_dates.txt alone.
	for _, id := range order {
		if _, ok := l.serviceIdx[id]; !ok {
			l.serviceIdx[id] = int32(len(l.f.services))
			l.f.services = append(l.f.services, service{id: id, added: added[id], removed: removed[id]})
		}
	}
	if !hasCalendar && len(order) == 0 {
		return feedError("calendar.txt", 0, "", "required file missing (and calendar_dates.txt gives no service either)")
	}
	return nil
}
