package workspace

import (
	"context"
	"errors"
	"fmt"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/index"
	"github.com/ipsmatch/ipsmatch/index/geocode"
)

// GeocodeOutcome is what locating one imported record found.
type GeocodeOutcome struct {
	Kind string `json:"kind"` // employer or vacancy
	ID   string `json:"id"`
	// Found is what the geocoder found, with its Precision; empty when
	// nothing was found.
	Found     string             `json:"found,omitempty"`
	Precision employer.Precision `json:"precision,omitempty"`
	Location  *employer.Point    `json:"location,omitempty"`
	// Note is what the geocoder could not match, such as a street.
	Note string `json:"note,omitempty"`
	// Error says why the record could not be located; it stays without
	// coordinates and matches as "location unknown".
	Error string `json:"error,omitempty"`
}

func (o GeocodeOutcome) String() string {
	if o.Error != "" {
		return fmt.Sprintf("%s %s: not located: %s", o.Kind, o.ID, o.Error)
	}
	s := fmt.Sprintf("%s %s: %s (%s)", o.Kind, o.ID, o.Found, o.Precision)
	if o.Note != "" {
		s += "; " + o.Note
	}
	return s
}

// locate fills the missing coordinates of employers and vacancies from
// their addresses with g; a vacancy with no address of its own takes its
// employer's place (from emps or the index). Records that have
// coordinates, and fully remote vacancies, are left alone. Only a
// cancelled context stops it: a record that cannot be located is reported
// and imported without coordinates.
func (w *Workspace) locate(ctx context.Context, g geocode.Geocoder, emps []employer.Employer, vacs []employer.Vacancy) ([]GeocodeOutcome, []GeocodeOutcome, error) {
	if g == nil {
		return nil, nil, nil
	}
	var eo, vo []GeocodeOutcome
	placed := map[string]*employer.Employer{}
	for i := range emps {
		e := &emps[i]
		placed[e.ID] = e
		if e.Location != nil {
			continue
		}
		o, err := lookUp(ctx, g, "employer", e.ID, e.Address, &e.Location, &e.LocationPrecision)
		if err != nil {
			return nil, nil, err
		}
		eo = append(eo, o)
	}
	for i := range vacs {
		v := &vacs[i]
		if v.Location != nil || v.Remote == employer.FullRemote {
			continue
		}
		if v.Address == "" && v.EmployerID != "" {
			emp := placed[v.EmployerID]
			if emp == nil {
				if e, ok := w.Index.Employer(v.EmployerID); ok {
					emp = e
				}
			}
			if emp != nil && emp.Location != nil {
				loc := *emp.Location
				v.Location, v.LocationPrecision = &loc, emp.LocationPrecision
				vo = append(vo, GeocodeOutcome{Kind: "vacancy", ID: v.ID, Found: "at its employer " + emp.ID,
					Precision: precisionOrGiven(emp.LocationPrecision), Location: &loc})
				continue
			}
		}
		o, err := lookUp(ctx, g, "vacancy", v.ID, v.Address, &v.Location, &v.LocationPrecision)
		if err != nil {
			return nil, nil, err
		}
		vo = append(vo, o)
	}
	return eo, vo, nil
}

func lookUp(ctx context.Context, g geocode.Geocoder, kind, id, addr string, loc **employer.Point, prec *employer.Precision) (GeocodeOutcome, error) {
	o := GeocodeOutcome{Kind: kind, ID: id}
	if addr == "" {
		o.Error = "no address"
		return o, nil
	}
	r, err := geocode.Best(ctx, g, addr)
	switch {
	case ctx.Err() != nil:
		return o, ctx.Err()
	case errors.Is(err, geocode.ErrNotFound):
		o.Error = "address not found"
		return o, nil
	case err != nil:
		o.Error = err.Error()
		return o, nil
	}
	p := r.Location
	*loc, *prec = &p, r.Precision
	o.Found, o.Precision, o.Location, o.Note = r.Label, r.Precision, &p, r.Note
	return o, nil
}

func precisionOrGiven(p employer.Precision) employer.Precision {
	if p == "" {
		return "given"
	}
	return p
}

// locateBatch locates a batch's records before it is written, reporting
// per record in r.
func (w *Workspace) locateBatch(ctx context.Context, r *FileReport, b *index.Batch, g geocode.Geocoder) error {
	eo, vo, err := w.locate(ctx, g, b.Employers, b.Vacancies)
	r.Geocoded = append(append(r.Geocoded, eo...), vo...)
	return err
}
