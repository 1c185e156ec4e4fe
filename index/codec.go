package index

import (
	"math"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/ipsmatch/ipsmatch/internal/geo"
)

// Stored records are JSON, written once at import and read whenever a
// candidate is scored, so the codec's speed is the import's and the
// match's. The two record types are written and read here by hand: the
// standard library's reflection-driven encoding/json took a third of an
// import's work and a third of a match's at 1,000,000 vacancies, and the
// faster generated codecs we tried crashed, rarely, inside their unsafe
// code. What is written is byte for byte what encoding/json writes with
// HTML escaping off, and what is read is what encoding/json reads back;
// codec_test.go holds both to encoding/json on every field, so a field
// added to a record type and not here fails the tests. Input from users
// is decoded strictly by encoding/json elsewhere: these are records the
// index wrote itself.

// encodeVac returns the stored JSON of a prepared vacancy.
func encodeVac(sv *storedVac) ([]byte, error) {
	w := recWriter{b: make([]byte, 0, 1024)}
	w.b = append(w.b, '{')
	w.key("v")
	if sv.V == nil {
		w.b = append(w.b, "null"...)
	} else {
		writeVacancy(&w, sv.V)
	}
	strsField(&w, "t", sv.Tokens)
	if len(sv.Readings) > 0 {
		w.key("r")
		list(&w, sv.Readings, func(rd *Reading) {
			w.b = append(w.b, '{')
			occupationFields(&w, &rd.Occupation)
			w.key("confidence")
			w.float(rd.Confidence)
			w.b = append(w.b, '}')
		})
	}
	strsField(&w, "e", sv.Essential)
	strsField(&w, "o", sv.Optional)
	w.b = append(w.b, '}')
	return w.b, w.err
}

func writeVacancy(w *recWriter, v *employer.Vacancy) {
	w.b = append(w.b, '{')
	w.key("id")
	w.str(v.ID)
	w.strField("employer_id", v.EmployerID)
	w.key("title")
	w.str(v.Title)
	w.strField("description", v.Description)
	w.strField("language", v.Language)
	if !v.Occupation.IsZero() {
		w.key("occupation")
		writeOccupation(w, &v.Occupation)
	}
	if s := &v.Skills; s.Essential != nil || s.Optional != nil || s.Inferred {
		w.key("skills")
		w.b = append(w.b, '{')
		strsField(w, "essential", s.Essential)
		strsField(w, "optional", s.Optional)
		w.boolField("inferred", s.Inferred)
		w.b = append(w.b, '}')
	}
	if !v.Hours.IsZero() {
		w.key("hours")
		w.b = append(w.b, '{')
		w.floatField("min", v.Hours.Min)
		w.floatField("max", v.Hours.Max)
		w.b = append(w.b, '}')
	}
	w.strField("employment_type", string(v.EmploymentType))
	strsField(w, "shifts", v.Shifts)
	w.strField("earliest_start", v.EarliestStart)
	if p := &v.Pay; !zeroFloat(p.Min) || !zeroFloat(p.Max) || p.Currency != "" || p.Unit != "" {
		w.key("pay")
		w.b = append(w.b, '{')
		w.floatField("min", p.Min)
		w.floatField("max", p.Max)
		w.strField("currency", p.Currency)
		w.strField("unit", string(p.Unit))
		w.b = append(w.b, '}')
	}
	w.strField("address", v.Address)
	writeLocation(w, v.Location)
	w.strField("remote", string(v.Remote))
	if e := &v.Environment; *e != (employer.Environment{}) {
		w.key("environment")
		w.b = append(w.b, '{')
		w.strField("social", string(e.Social))
		w.strField("noise", string(e.Noise))
		w.strField("outdoor", string(e.Outdoor))
		w.strField("physical", string(e.Physical))
		w.b = append(w.b, '}')
	}
	if q := &v.Requirements; q.DrivingLicence || q.Languages != nil {
		w.key("requirements")
		w.b = append(w.b, '{')
		w.boolField("driving_licence", q.DrivingLicence)
		strsField(w, "languages", q.Languages)
		w.b = append(w.b, '}')
	}
	dateField(w, "posted", v.Posted)
	dateField(w, "valid_through", v.ValidThrough)
	dateField(w, "start_date", v.StartDate)
	if a := &v.Application; *a != (employer.Application{}) {
		w.key("application")
		w.b = append(w.b, '{')
		w.strField("method", string(a.Method))
		w.strField("detail", a.Detail)
		w.b = append(w.b, '}')
	}
	w.strField("channel", string(v.Channel))
	w.strField("location_precision", string(v.LocationPrecision))
	w.b = append(w.b, '}')
}

// zeroFloat is reflect's zero for a float, which omitzero uses: 0 but
// not -0.
func zeroFloat(f float64) bool { return f == 0 && !math.Signbit(f) }

func writeOccupation(w *recWriter, o *employer.Occupation) {
	w.b = append(w.b, '{')
	occupationFields(w, o)
	w.b = append(w.b, '}')
}

func occupationFields(w *recWriter, o *employer.Occupation) {
	w.strField("code", o.Code)
	w.strField("isco", o.ISCO)
	w.strField("label", o.Label)
	w.boolField("inferred", o.Inferred)
}

func writeLocation(w *recWriter, p *geo.Point) {
	if p == nil {
		return
	}
	w.key("location")
	w.b = append(w.b, '{')
	w.key("lat")
	w.float(p.Lat)
	w.key("lon")
	w.float(p.Lon)
	w.b = append(w.b, '}')
}

func dateField(w *recWriter, name string, d civil.Date) {
	if !d.IsZero() {
		w.key(name)
		w.b = append(w.b, '"')
		w.b = append(d.Append(w.b), '"')
	}
}

// encodeEmployer returns the stored JSON of an employer.
func encodeEmployer(e *employer.Employer) ([]byte, error) {
	w := recWriter{b: make([]byte, 0, 512)}
	w.b = append(w.b, '{')
	w.key("id")
	w.str(e.ID)
	w.key("name")
	w.str(e.Name)
	w.key("sector")
	w.b = append(w.b, '{')
	w.key("code")
	w.str(e.Sector.Code)
	w.strField("label", e.Sector.Label)
	w.b = append(w.b, '}')
	w.strField("address", e.Address)
	writeLocation(&w, e.Location)
	w.strField("size", string(e.Size))
	w.strField("website", e.Website)
	if len(e.People) > 0 {
		w.key("contact_people")
		list(&w, e.People, func(p *employer.Person) {
			w.b = append(w.b, '{')
			w.key("name")
			w.str(p.Name)
			w.strField("role", p.Role)
			w.strField("phone", p.Phone)
			w.strField("email", p.Email)
			w.b = append(w.b, '}')
		})
	}
	if len(e.TypicalOccupations) > 0 {
		w.key("typical_occupations")
		list(&w, e.TypicalOccupations, func(o *employer.Occupation) { writeOccupation(&w, o) })
	}
	w.boolField("inclusion_policy", e.InclusionPolicy)
	w.boolField("knows_programme", e.KnowsProgramme)
	w.strField("notes", e.Notes)
	w.strField("location_precision", string(e.LocationPrecision))
	w.b = append(w.b, '}')
	return w.b, w.err
}

// decodeVac reads a stored vacancy.
func decodeVac(b []byte, sv *storedVac) error {
	r := recReader{b: b}
	r.object(func(k []byte) {
		switch string(k) {
		case "v":
			if r.null() {
				sv.V = nil
				return
			}
			sv.V = new(employer.Vacancy)
			readVacancy(&r, sv.V)
		case "t":
			sv.Tokens = readStrs[string](&r, false)
		case "r":
			sv.Readings = readReadings(&r)
		case "e":
			sv.Essential = readStrs[string](&r, false)
		case "o":
			sv.Optional = readStrs[string](&r, false)
		default:
			r.unknown(k)
		}
	})
	r.end()
	return r.err
}

func readReadings(r *recReader) []Reading {
	return readList(r, func() (rd Reading) {
		r.object(func(k []byte) {
			if string(k) == "confidence" {
				rd.Confidence = r.float()
			} else if !occupationField(r, k, &rd.Occupation) {
				r.unknown(k)
			}
		})
		return rd
	})
}

func readVacancy(r *recReader, v *employer.Vacancy) {
	r.object(func(k []byte) {
		switch string(k) {
		case "id":
			v.ID = r.str()
		case "employer_id":
			v.EmployerID = r.str()
		case "title":
			v.Title = r.str()
		case "description":
			v.Description = r.str()
		case "language":
			v.Language = r.enum()
		case "occupation":
			readOccupation(r, &v.Occupation)
		case "skills":
			r.object(func(k []byte) {
				switch string(k) {
				case "essential":
					v.Skills.Essential = readStrs[string](r, false)
				case "optional":
					v.Skills.Optional = readStrs[string](r, false)
				case "inferred":
					v.Skills.Inferred = r.boolean()
				default:
					r.unknown(k)
				}
			})
		case "hours":
			readRange(r, &v.Hours)
		case "employment_type":
			v.EmploymentType = employer.EmploymentType(r.enum())
		case "shifts":
			v.Shifts = readStrs[employer.Shift](r, true)
		case "earliest_start":
			v.EarliestStart = r.enum()
		case "pay":
			r.object(func(k []byte) {
				switch string(k) {
				case "min":
					v.Pay.Min = r.float()
				case "max":
					v.Pay.Max = r.float()
				case "currency":
					v.Pay.Currency = r.enum()
				case "unit":
					v.Pay.Unit = employer.PayUnit(r.enum())
				default:
					r.unknown(k)
				}
			})
		case "address":
			v.Address = r.str()
		case "location":
			v.Location = readPoint(r)
		case "remote":
			v.Remote = employer.Remote(r.enum())
		case "environment":
			e := &v.Environment
			r.object(func(k []byte) {
				switch string(k) {
				case "social":
					e.Social = employer.Level(r.enum())
				case "noise":
					e.Noise = employer.Level(r.enum())
				case "outdoor":
					e.Outdoor = employer.Level(r.enum())
				case "physical":
					e.Physical = employer.Level(r.enum())
				default:
					r.unknown(k)
				}
			})
		case "requirements":
			r.object(func(k []byte) {
				switch string(k) {
				case "driving_licence":
					v.Requirements.DrivingLicence = r.boolean()
				case "languages":
					v.Requirements.Languages = readStrs[string](r, true)
				default:
					r.unknown(k)
				}
			})
		case "posted":
			v.Posted = readDate(r)
		case "valid_through":
			v.ValidThrough = readDate(r)
		case "start_date":
			v.StartDate = readDate(r)
		case "application":
			r.object(func(k []byte) {
				switch string(k) {
				case "method":
					v.Application.Method = employer.ApplyMethod(r.enum())
				case "detail":
					v.Application.Detail = r.str()
				default:
					r.unknown(k)
				}
			})
		case "channel":
			v.Channel = employer.Channel(r.enum())
		case "location_precision":
			v.LocationPrecision = geo.Precision(r.enum())
		default:
			r.unknown(k)
		}
	})
}

func readOccupation(r *recReader, o *employer.Occupation) {
	r.object(func(k []byte) {
		if !occupationField(r, k, o) {
			r.unknown(k)
		}
	})
}

// occupationField reads key k of an occupation, false when it is not one.
func occupationField(r *recReader, k []byte, o *employer.Occupation) bool {
	switch string(k) {
	case "code":
		o.Code = r.str()
	case "isco":
		o.ISCO = r.str()
	case "label":
		o.Label = r.str()
	case "inferred":
		o.Inferred = r.boolean()
	default:
		return false
	}
	return true
}

func readRange(r *recReader, g *employer.Range) {
	r.object(func(k []byte) {
		switch string(k) {
		case "min":
			g.Min = r.float()
		case "max":
			g.Max = r.float()
		default:
			r.unknown(k)
		}
	})
}

func readPoint(r *recReader) *geo.Point {
	if r.null() {
		return nil
	}
	p := new(geo.Point)
	r.object(func(k []byte) {
		switch string(k) {
		case "lat":
			p.Lat = r.float()
		case "lon":
			p.Lon = r.float()
		default:
			r.unknown(k)
		}
	})
	return p
}

func readDate(r *recReader) civil.Date {
	if r.null() {
		return civil.Date{}
	}
	b := r.rawString()
	if r.err != nil {
		return civil.Date{}
	}
	d, err := civil.Parse(string(b))
	if err != nil {
		r.fail("bad date")
	}
	return d
}

// decodeEmployer reads a stored employer.
func decodeEmployer(b []byte, e *employer.Employer) error {
	r := recReader{b: b}
	r.object(func(k []byte) {
		switch string(k) {
		case "id":
			e.ID = r.str()
		case "name":
			e.Name = r.str()
		case "sector":
			r.object(func(k []byte) {
				switch string(k) {
				case "code":
					e.Sector.Code = r.str()
				case "label":
					e.Sector.Label = r.str()
				default:
					r.unknown(k)
				}
			})
		case "address":
			e.Address = r.str()
		case "location":
			e.Location = readPoint(&r)
		case "size":
			e.Size = employer.Size(r.enum())
		case "website":
			e.Website = r.str()
		case "contact_people":
			e.People = readList(&r, func() (p employer.Person) {
				r.object(func(k []byte) {
					switch string(k) {
					case "name":
						p.Name = r.str()
					case "role":
						p.Role = r.str()
					case "phone":
						p.Phone = r.str()
					case "email":
						p.Email = r.str()
					default:
						r.unknown(k)
					}
				})
				return p
			})
		case "typical_occupations":
			e.TypicalOccupations = readList(&r, func() (o employer.Occupation) {
				readOccupation(&r, &o)
				return o
			})
		case "inclusion_policy":
			e.InclusionPolicy = r.boolean()
		case "knows_programme":
			e.KnowsProgramme = r.boolean()
		case "notes":
			e.Notes = r.str()
		case "location_precision":
			e.LocationPrecision = geo.Precision(r.enum())
		default:
			r.unknown(k)
		}
	})
	r.end()
	return r.err
}

// knownWords are the values of the records' enumerations and other words
// repeated in most records, shared by every decoded record.
var knownWords = func() map[string]string {
	m := map[string]string{}
	add := func(ws ...string) {
		for _, w := range ws {
			m[w] = w
		}
	}
	for _, s := range employer.Shifts() {
		add(string(s))
	}
	for _, c := range employer.Channels() {
		add(string(c))
	}
	add(string(employer.Permanent), string(employer.FixedTerm), string(employer.Seasonal), string(employer.Temporary),
		string(employer.PerHour), string(employer.PerDay), string(employer.PerWeek), string(employer.PerMonth), string(employer.PerYear),
		string(employer.Hybrid), string(employer.FullRemote),
		string(employer.Low), string(employer.Medium), string(employer.High),
		string(employer.ApplyWalkIn), string(employer.ApplyPhone), string(employer.ApplyEmail), string(employer.ApplyOnline), string(employer.ApplyAgency),
		string(employer.SizeMicro), string(employer.SizeSmall), string(employer.SizeMedium), string(employer.SizeLarge),
		string(geo.PrecisionAddress), string(geo.PrecisionStreet), string(geo.PrecisionPostcode), string(geo.PrecisionTown),
		"en", "it", "es", "da", "de", "fr", "EUR", "GBP", "DKK")
	return m
}()
