package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/ipsmatch/ipsmatch/employer"
	"github.com/ipsmatch/ipsmatch/internal/civil"
)

var (
	summer = time.FixedZone("CEST", 2*3600)
	winter = time.FixedZone("CET", 1*3600)
	// Summer time ends on the last Sunday of October 2026.
	summerEnds = civil.D(2026, 10, 25)
	logStart   = civil.D(2026, 6, 1)
)

// clock returns the moment hh:mm on day in Valmora's time zone.
func clock(day civil.Date, hh, mm int) time.Time {
	loc := summer
	if !day.Before(summerEnds) {
		loc = winter
	}
	t := day.Time()
	return time.Date(t.Year(), t.Month(), t.Day(), hh, mm, 0, 0, loc)
}

// weekday moves a Saturday or Sunday to the next Monday.
func weekday(day civil.Date) civil.Date {
	switch day.Time().Weekday() {
	case time.Saturday:
		return day.AddDays(2)
	case time.Sunday:
		return day.AddDays(1)
	}
	return day
}

// story is one hand-written contact: "YYYY-MM-DD HH:MM", employer,
// specialist ("" when the client made it), type, purpose, client, what was
// learned, the outcome, the follow-up and its date.
type story struct {
	when, emp, spec string
	typ             employer.ContactType
	purpose         employer.Purpose
	client          string
	learned         string
	outcome         string
	followUp, due   string
}

const (
	f2f   = employer.FaceToFace
	call  = employer.Phone
	email = employer.Email

	intro   = employer.PurposeIntroduction
	learn   = employer.PurposeLearn
	thanks  = employer.PurposeThankYou
	present = employer.PurposePresent
	meet    = employer.PurposeInterview
	along   = employer.PurposeFollowAlong
)

// stories are the contacts behind the demo's placements and open leads.
var stories = []story{
	// Tommaso has worked at Verde Tiglio since March; follow-along continues.
	{"2026-06-12 08:30", "verde-tiglio", marco, f2f, along, "tommaso", "Crew leader says Tommaso is steady on the mowing rounds and likes working outside.", "Agreed to check in after the summer.", "Visit the yard in August", "2026-08-20"},
	{"2026-08-20 07:45", "verde-tiglio", marco, f2f, along, "tommaso", "Heat made July hard; the crew now starts at 6:30 in summer. Tommaso wants to learn the hedge trimmer.", "Nicola will pair him with the senior gardener.", "Phone in October", "2026-10-15"},
	{"2026-10-15 16:00", "verde-tiglio", marco, call, along, "tommaso", "Winter hours drop to 25 a week; Tommaso is fine with it.", "Contract renewed to March.", "Visit in December", "2026-12-10"},
	// Amina: relationship with Il Girasole, then a job start.
	{"2026-08-24 10:00", "coop-il-girasole", marco, f2f, intro, "", "Valentina coordinates 40 home care workers; many leave within a year.", "Interested in the programme.", "Come back to learn how rounds are planned", "2026-09-02"},
	{"2026-09-02 11:00", "coop-il-girasole", marco, f2f, learn, "", "Rounds are planned on Fridays for the next week; bikes provided for the centre; new staff shadow a colleague for two weeks.", "Shown the office and the bike store.", "Send thanks", "2026-09-04"},
	{"2026-09-04 09:15", "coop-il-girasole", marco, email, thanks, "", "", "Thank-you note sent.", "Present a candidate who wants home care", "2026-09-15"},
	{"2026-09-15 10:30", "coop-il-girasole", marco, f2f, present, "amina", "They need someone for morning rounds in the north quarter, 18 hours.", "Valentina will meet Amina.", "Accompany Amina to the interview", "2026-09-22"},
	{"2026-09-22 14:00", "coop-il-girasole", marco, f2f, meet, "amina", "Asked about bike routes and the shadowing fortnight; agreed mornings only.", "Offer made, start 1 October.", "Follow along in the first week", "2026-10-08"},
	{"2026-10-08 13:00", "coop-il-girasole", marco, f2f, along, "amina", "Amina is shadowing Rosa on the north round; the paperwork is the hard part.", "Coordinator will simplify the visit sheet for her.", "Visit in November", "2026-11-05"},
	{"2026-11-05 12:30", "coop-il-girasole", marco, f2f, along, "amina", "Now doing her own round; two clients asked for her by name.", "Going well.", "Visit in early December", "2026-12-03"},
	// Elena: a call-centre job that did not fit, then the library.
	{"2026-07-20 10:00", "valmora-contact", sara, f2f, present, "elena", "Team leader hires every month; part-time afternoon shifts available.", "Martina will interview Elena.", "Go with Elena to the interview", "2026-07-27"},
	{"2026-07-27 15:00", "valmora-contact", sara, f2f, meet, "elena", "Training is one week; 200 seats on one floor.", "Offer made, start 3 August, 20 hours.", "Follow along after the first week", "2026-08-10"},
	{"2026-08-10 17:30", "valmora-contact", sara, f2f, along, "elena", "Elena finds the open floor too loud; asked about a quieter desk.", "No quiet desks available.", "Check in with Elena and Martina", "2026-08-25"},
	{"2026-08-25 10:00", "valmora-contact", sara, f2f, along, "elena", "Elena left on 24 August; Martina was understanding.", "Thanked the team; they remain open to candidates.", "", ""},
	{"2026-09-08 10:30", "biblioteca-valmora", sara, f2f, intro, "", "The reading rooms are run by a cooperative for the council; staff of nine.", "Sara Pellegrini happy to meet again.", "Learn about the October rota", "2026-09-16"},
	{"2026-09-16 11:00", "biblioteca-valmora", sara, f2f, learn, "", "They need a part-time assistant for the reading room from October: lending, shelving, quiet work.", "Toured the building.", "Send thanks", "2026-09-17"},
	{"2026-09-17 09:00", "biblioteca-valmora", sara, email, thanks, "", "", "Thank-you note sent.", "Present Elena", "2026-09-29"},
	{"2026-09-29 10:00", "biblioteca-valmora", sara, f2f, present, "elena", "Mornings and two Saturdays a month; 18 hours.", "Interview set.", "Interview", "2026-10-06"},
	{"2026-10-06 11:30", "biblioteca-valmora", sara, f2f, meet, "elena", "Elena asked for a desk away from the entrance; agreed.", "Offer made, start 12 October.", "Follow along", "2026-10-26"},
	{"2026-10-26 12:00", "biblioteca-valmora", sara, f2f, along, "elena", "Elena likes the work; Saturdays are busy but manageable.", "Going well.", "Visit at the end of November", "2026-11-30"},
	// Giorgio: a lead at Logistica Valmora whose follow-up is overdue.
	{"2026-06-10 09:30", "logistica-valmora", marco, f2f, intro, "", "Laura Fabbri runs HR for 300 staff; agencies fill most posts but she hires some directly.", "Open to meeting again.", "Learn about the peak season", "2026-06-24"},
	{"2026-06-24 10:00", "logistica-valmora", marco, f2f, learn, "", "Peak from October; they need order pickers on the day shift, 6:00-14:00. Forklift licence paid by them after three months.", "Walked the warehouse floor.", "Thank Laura", "2026-06-25"},
	{"2026-06-25 09:00", "logistica-valmora", marco, email, thanks, "", "", "Thank-you note sent.", "Return in September before the peak", "2026-09-09"},
	{"2026-09-09 14:00", "logistica-valmora", marco, f2f, learn, "", "Peak hiring starts mid-October; they prefer people who can start on a Monday.", "Laura asked us to send candidates directly.", "Present a candidate in October", "2026-10-20"},
	{"2026-10-20 10:00", "logistica-valmora", marco, f2f, present, "giorgio", "Day-shift picking posts confirmed; interview by phone first.", "Laura will call Giorgio.", "Call Laura about Giorgio's application", "2026-11-03"},
	{"2026-10-14 11:00", "consegne-zefiro", marco, f2f, intro, "", "Kofi dispatches ten vans; drivers need a clean licence and know the centre.", "Interested.", "Come back with a candidate", "2026-11-12"},
	{"2026-11-12 09:00", "consegne-zefiro", marco, f2f, present, "giorgio", "A van round in the mornings from December, 30 hours.", "Kofi will take Giorgio out on a round.", "Trial round", "2026-11-26"},
	// Irina: leads at the cleaning cooperative and the laundry, both overdue.
	{"2026-06-05 10:00", "coop-arcobaleno", sara, f2f, intro, "", "Social cooperative with contracts in offices and the hospital.", "Monica knows other IPS teams.", "Learn about the contracts", "2026-06-18"},
	{"2026-06-18 09:30", "coop-arcobaleno", sara, f2f, learn, "", "Office cleaning runs 6:00-9:00 and 18:00-21:00; hospital work is on a rota; they train on chemicals.", "Met two team leaders.", "Thanks", "2026-06-19"},
	{"2026-06-19 16:00", "coop-arcobaleno", sara, email, thanks, "", "", "Thank-you note sent.", "Return after the summer", "2026-09-01"},
	{"2026-09-01 10:00", "coop-arcobaleno", sara, f2f, learn, "", "A new office contract in the centre from November needs morning cleaners.", "Monica will tell us when it is signed.", "Present a candidate", "2026-10-07"},
	{"2026-10-07 11:00", "coop-arcobaleno", sara, f2f, present, "irina", "Coordinator may have 15 hours of office cleaning from 8:00; checking contracts.", "Monica will call back.", "Call Monica about Irina", "2026-10-21"},
	{"2026-11-04 10:30", "lavanderia-lavanda", sara, f2f, intro, "irina", "Olena needs ironing help in the mornings; quiet shop.", "Olena would like to meet Irina.", "Arrange a visit with Irina", "2026-11-18"},
	// Samuel, Lucia and Chiara: recent introductions and presentations.
	{"2026-10-22 17:00", "pizzeria-il-portico", sara, f2f, intro, "samuel", "Mihai needs kitchen help Friday to Sunday evenings.", "Will meet Samuel.", "Bring Samuel in", "2026-11-27"},
	{"2026-07-02 15:30", "trattoria-da-gino", anna, f2f, intro, "", "Gino runs the kitchen himself with one helper; lunch is the rush.", "Gino was wary but listened.", "Come back after lunch service", "2026-07-15"},
	{"2026-07-15 15:00", "trattoria-da-gino", anna, f2f, learn, "", "He wants a helper who turns up on time more than one with experience; a trial morning is his way.", "Coffee in the kitchen.", "Thanks", "2026-07-16"},
	{"2026-07-16 10:00", "trattoria-da-gino", anna, call, thanks, "", "", "Thanked Gino by phone.", "Visit in the autumn", "2026-10-14"},
	{"2026-10-14 15:30", "trattoria-da-gino", anna, f2f, learn, "", "His kitchen porter left in August; looking for kitchen help from December.", "Gino asked if we know anyone.", "Present a candidate", "2026-11-17"},
	{"2026-11-17 15:00", "trattoria-da-gino", anna, f2f, present, "lucia", "Gino would meet Lucia for a trial morning in the kitchen.", "Trial set for next week.", "Go with Lucia to the trial", "2026-11-24"},
	{"2026-09-10 10:00", "panificio-fontana", marco, f2f, intro, "", "Anna Fontana bakes with two staff and runs the shop with her daughter.", "Curious about the programme.", "Learn about the shop", "2026-09-23"},
	{"2026-09-23 09:30", "panificio-fontana", marco, f2f, learn, "", "The shop needs help Saturday mornings and before Christmas; bakers start at 4:00.", "Tasted the bread.", "Thanks", "2026-09-24"},
	{"2026-09-24 12:00", "panificio-fontana", marco, email, thanks, "", "", "Thank-you note sent.", "Present a candidate", "2026-11-13"},
	{"2026-11-13 10:00", "panificio-fontana", marco, f2f, present, "chiara", "Shop assistant, mornings and Saturdays, from December.", "Interview next week.", "Interview", "2026-11-19"},
	{"2026-11-19 11:00", "panificio-fontana", marco, f2f, meet, "chiara", "Chiara explained she wants to learn baking later; Anna liked that.", "Second meeting to agree hours.", "Agree hours", "2026-11-26"},
	// Contacts the clients made themselves.
	{"2026-09-14 10:00", "supermercato-sole", "", f2f, intro, "davide", "Davide handed in his CV at the customer desk.", "Told to wait for a call.", "", ""},
	{"2026-09-21 11:00", "market-girasole", "", f2f, intro, "davide", "Davide asked about shelf work; the manager took his number.", "", "", ""},
	{"2026-10-12 16:00", "libreria-la-rondine", "", f2f, intro, "davide", "Davide asked about Christmas help in the bookshop.", "Owner will decide in November.", "", ""},
	{"2026-06-22 09:00", "autolavaggio-cometa", "", f2f, intro, "paolo", "Paolo walked in and was offered a trial Saturday.", "Started in July.", "", ""},
	{"2026-10-19 08:30", "autofficina-serra", "", f2f, intro, "paolo", "Paolo asked about an apprentice mechanic post.", "Owner took his CV.", "", ""},
	{"2026-10-27 18:00", "hotel-torre-valmora", "", call, intro, "karim", "Karim phoned about kitchen work; told to send a CV by e-mail.", "", "", ""},
	// Follow-along with earlier clients still in work.
	{"2026-06-17 10:30", "caffe-aurora", anna, f2f, along, "past-024", "Giovanna says the new kitchen helper is quick and careful.", "Going well.", "", ""},
	{"2026-07-08 15:00", "supermercato-sole", anna, f2f, along, "past-033", "First month on the tills went well; wants fewer evening shifts.", "Roberto will move one shift to the morning.", "Check in after the summer", "2026-09-30"},
	{"2026-09-30 14:00", "supermercato-sole", anna, f2f, along, "past-033", "Settled; asked about more hours in January.", "Going well.", "", ""},
	{"2026-10-01 11:00", "pastificio-malaguti", marco, f2f, along, "past-040", "Second week on the line; the early start is tiring but manageable.", "Fabio will keep the morning shift for him.", "Visit in November", "2026-11-16"},
	{"2026-11-16 13:30", "pastificio-malaguti", marco, f2f, along, "past-040", "Doing well; trained on the packing machine.", "Going well.", "Visit in January", "2027-01-11"},
}

// storyContacts turns the hand-written stories into contacts.
func storyContacts(emps map[string]employer.Employer) ([]employer.Contact, error) {
	var out []employer.Contact
	for _, s := range stories {
		day, hm, _ := strings.Cut(s.when, " ")
		var hh, mm int
		if _, err := fmt.Sscanf(hm, "%d:%d", &hh, &mm); err != nil {
			return nil, fmt.Errorf("story %q: %v", s.when, err)
		}
		e, ok := emps[s.emp]
		if !ok {
			return nil, fmt.Errorf("story %q: no employer %s", s.when, s.emp)
		}
		c := employer.Contact{EmployerID: s.emp, Specialist: s.spec, At: clock(d(day), hh, mm), Type: s.typ,
			Purpose: s.purpose, Learned: s.learned, Outcome: s.outcome, FollowUp: s.followUp,
			FollowUpDate: d(s.due), ClientID: s.client, ByClient: s.spec == ""}
		if len(e.People) > 0 && !c.ByClient {
			c.Person = e.People[0].Name
		}
		out = append(out, c)
	}
	return out, nil
}

// learnedBySector is what a learning visit typically finds out, in plain words.
var learnedBySector = map[string][]string{
	"I56":   {"Kitchen is short-staffed on Saturday evenings; the owner would take a kitchen porter for 15 hours.", "They hire for the summer terrace in April; best to come back in March.", "Staff eat together at 11:30; the owner likes to meet people then."},
	"I55":   {"Housekeeping turns over every spring; room attendants work 8:00-13:00.", "Night porter post comes up about once a year."},
	"G47":   {"Shelf work starts at 6:00 before opening; evening tills are the hardest to fill.", "They take Christmas staff from late November, often keeping one or two."},
	"H52":   {"Agencies fill most posts, but the manager hires directly when someone is recommended.", "Day shift is 6:00-14:00; the night shift pays more but turns over fast."},
	"H49":   {"Drivers need a clean licence and must know the centre; they train on the van.", "Evening bike deliveries are the easiest way in."},
	"N81":   {"Short shifts early morning and evening; many staff have a second job.", "They train everyone on chemicals in the first week."},
	"N81.3": {"Crews work March to October; in winter only pruning.", "They like people who enjoy being outside in any weather."},
	"Q87":   {"Care posts need the OSS certificate, but kitchen and laundry do not.", "The director values reliability over experience."},
	"Q88":   {"Home visits are planned weekly; a bike or car helps.", "New staff shadow a colleague for two weeks."},
	"Q86":   {"Porters work a seven-day rota; cleaning is contracted out.", "Facilities manager hires porters twice a year."},
	"M69":   {"Busy from March to June with tax returns; filing help wanted then.", "They prefer part-time help in the mornings."},
	"N82":   {"Scanning contracts come in batches of three to six months.", "Quiet rooms; headphones allowed."},
	"N82.2": {"Constant hiring; the floor is loud but training is paid.", "Part-time afternoon shifts are the usual way in."},
	"C10":   {"Two shifts, 6-14 and 14-22; hygiene course on day one.", "Peaks before Christmas and Easter."},
	"C25":   {"Owner trains on the job; the workshop is noisy.", "They struggle to find people who will stay."},
	"C13":   {"Orders arrive in waves; steady daytime hours otherwise.", "They teach sewing on their machines."},
	"A01":   {"Harvest June to October; packing shed work in winter.", "No bus; workers share cars from the village."},
	"S96":   {"Tiny team; the owner needs help on Fridays and Saturdays.", "Steady ironing work from hotel linen."},
	"F43":   {"Renovation crews meet at the yard at 7:00; safety course required.", "They need labourers from March."},
	"R91":   {"Weekend openings need cover; posts often go through cooperatives.", "Quiet work with the public at the desk."},
	"G45":   {"Saturdays are the busiest day; part-time cover wanted.", "Owner happy to meet people who walk in."},
	"E38":   {"Sorting plant runs two shifts; works with social cooperatives.", "Uses Law 68/99 conventions for some posts."},
	"P85":   {"Canteen and cleaning go through the council's contractor; term time only.", "Caretakers start at 7:30."},
	"J62":   {"They hire helpdesk staff without degrees.", "Hybrid work after three months."},
	"K64":   {"Hiring goes through head office online; the branch manager can recommend."},
	"N80":   {"Day porter posts in offices as well as night rounds."},
}

var (
	introLearned = []string{"%s had not heard of the programme; left a leaflet.",
		"Short chat with %s at the counter; asked to come back on a quieter morning.",
		"%s hires a few people a year, mostly by word of mouth.",
		"%s was busy but friendly; happy to talk again."}
	genericLearned = []string{"They find it hard to keep staff beyond three months.",
		"Would consider shorter hours at first.", "Most hiring happens in spring."}
	introOutcomes  = []string{"Agreed to meet again.", "Left a leaflet.", "Invited back for a tour."}
	learnOutcomes  = []string{"Toured the premises.", "Met the team.", "Good conversation; no vacancy now."}
	thanksOutcomes = []string{"Thank-you note sent.", "Thanked them by phone."}
)

// relationships writes the routine job-development log for the chosen
// employers: an introduction, a learning visit, thanks, and sometimes
// more visits. Each next contact happens around the previous follow-up
// date; a relationship that stops leaves its follow-up standing, which is
// overdue when its date has passed.
func relationships(r *rand.Rand, emps []employer.Employer, today civil.Date) []employer.Contact {
	specs := []string{anna, marco, sara}
	var out []employer.Contact
	for _, e := range emps {
		spec := specs[r.IntN(len(specs))]
		who := "the owner"
		if len(e.People) > 0 {
			who = e.People[0].Name
		}
		day := weekday(logStart.AddDays(r.IntN(165)))
		steps := []employer.Purpose{intro, learn, thanks, learn, learn, learn}
		keep := []float64{1, 0.85, 0.95, 0.75, 0.7, 0.6}
		for k, purpose := range steps {
			if k > 0 && r.Float64() >= keep[k] {
				break
			}
			if !day.Before(today) {
				break
			}
			c := employer.Contact{EmployerID: e.ID, Specialist: spec, Purpose: purpose,
				Type: f2f, Person: who}
			switch purpose {
			case intro:
				if r.Float64() < 0.12 {
					c.Type = call
				}
				c.Learned = fmt.Sprintf(introLearned[r.IntN(len(introLearned))], who)
				c.Outcome = introOutcomes[r.IntN(len(introOutcomes))]
				c.FollowUp, c.FollowUpDate = "Come back to learn about the business", weekday(day.AddDays(7+r.IntN(14)))
			case learn:
				pool := append(slices.Clone(learnedBySector[e.Sector.Code]), genericLearned...)
				c.Learned = pool[r.IntN(len(pool))]
				c.Outcome = learnOutcomes[r.IntN(len(learnOutcomes))]
				c.FollowUp, c.FollowUpDate = "Send thanks", weekday(day.AddDays(1+r.IntN(2)))
				if k > 1 {
					c.FollowUp, c.FollowUpDate = "Visit again", weekday(day.AddDays(21+r.IntN(28)))
				}
			case thanks:
				c.Type = []employer.ContactType{email, email, call, f2f}[r.IntN(4)]
				c.Outcome = thanksOutcomes[r.IntN(2)]
				if c.Type == f2f {
					c.Outcome = "Dropped in a thank-you card."
				}
				c.FollowUp, c.FollowUpDate = "Visit again to see how things are going", weekday(day.AddDays(21+r.IntN(28)))
			}
			c.At = clock(day, 9+r.IntN(8), 15*r.IntN(4))
			out = append(out, c)
			day = weekday(c.FollowUpDate.AddDays(r.IntN(3)))
		}
		// Some relationships are judged not worth pursuing for now.
		if last := &out[len(out)-1]; r.Float64() < 0.3 {
			last.FollowUp, last.FollowUpDate = "", civil.Date{}
		}
	}
	return out
}
