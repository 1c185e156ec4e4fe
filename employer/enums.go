package employer

import "slices"

// EmploymentType is the contract kind.
type EmploymentType string

// Contract kinds.
const (
	Permanent EmploymentType = "permanent"
	FixedTerm EmploymentType = "fixed_term"
	Seasonal  EmploymentType = "seasonal"
	Temporary EmploymentType = "temporary"
)

// Shift is a pattern of working time. Night and rotating shifts disrupt
// sleep, and many clients rule them out.
type Shift string

// Shift patterns.
const (
	ShiftDay      Shift = "day"
	ShiftEvening  Shift = "evening"
	ShiftNight    Shift = "night"
	ShiftRotating Shift = "rotating"
	ShiftWeekend  Shift = "weekend"
	ShiftSplit    Shift = "split"
)

// PayUnit is the period a pay figure refers to; "" means pay is not stated.
type PayUnit string

// Pay periods.
const (
	PayNotStated PayUnit = ""
	PerHour      PayUnit = "hour"
	PerDay       PayUnit = "day"
	PerWeek      PayUnit = "week"
	PerMonth     PayUnit = "month"
	PerYear      PayUnit = "year"
)

// Remote says whether the work can be done from home.
type Remote string

// Remote options.
const (
	OnSite     Remote = ""
	Hybrid     Remote = "hybrid"
	FullRemote Remote = "full"
)

// Level is a coarse intensity; "" means not stated.
type Level string

// Levels.
const (
	LevelUnknown Level = ""
	Low          Level = "low"
	Medium       Level = "medium"
	High         Level = "high"
)

// Rank returns 1, 2, 3 for low, medium, high and 0 when not stated.
func (l Level) Rank() int {
	switch l {
	case Low:
		return 1
	case Medium:
		return 2
	case High:
		return 3
	}
	return 0
}

// ApplyMethod is how an application is made.
type ApplyMethod string

// Application methods.
const (
	ApplyUnknown ApplyMethod = ""
	ApplyWalkIn  ApplyMethod = "walk_in"
	ApplyPhone   ApplyMethod = "phone"
	ApplyEmail   ApplyMethod = "email"
	ApplyOnline  ApplyMethod = "online"
	ApplyAgency  ApplyMethod = "agency"
)

// Channel says who may apply. Only competitive jobs count as IPS outcomes;
// the others are excluded by default and always labelled when shown.
type Channel string

// Channels.
const (
	// ChannelCompetitive is open to anyone at ordinary pay.
	ChannelCompetitive Channel = "competitive"
	// ChannelQuota is reserved for people registered on disability quota
	// lists (Italy's Law 68/99 "collocamento mirato").
	ChannelQuota Channel = "quota"
	// ChannelConvention is filled through a convention with the public
	// employment service (Law 68/99 art. 11), also requiring registration.
	ChannelConvention Channel = "convention"
	// ChannelTraineeship is a traineeship or stipend (tirocinio, borsa
	// lavoro), not a job.
	ChannelTraineeship Channel = "traineeship"
	// ChannelSheltered is sheltered or segregated work.
	ChannelSheltered Channel = "sheltered"
)

var (
	employmentTypes = []EmploymentType{Permanent, FixedTerm, Seasonal, Temporary}
	shifts          = []Shift{ShiftDay, ShiftEvening, ShiftNight, ShiftRotating, ShiftWeekend, ShiftSplit}
	payUnits        = []PayUnit{PerHour, PerDay, PerWeek, PerMonth, PerYear}
	remotes         = []Remote{Hybrid, FullRemote}
	levels          = []Level{Low, Medium, High}
	applyMethods    = []ApplyMethod{ApplyWalkIn, ApplyPhone, ApplyEmail, ApplyOnline, ApplyAgency}
	channels        = []Channel{ChannelCompetitive, ChannelQuota, ChannelConvention, ChannelTraineeship, ChannelSheltered}
	sizes           = []Size{SizeMicro, SizeSmall, SizeMedium, SizeLarge}
)

// oneOf reports whether v is empty (not stated) or one of allowed.
func oneOf[T ~string](v T, allowed []T) bool { return v == "" || slices.Contains(allowed, v) }

// Shifts lists every shift pattern.
func Shifts() []Shift { return slices.Clone(shifts) }

// Channels lists every channel.
func Channels() []Channel { return slices.Clone(channels) }

// ShiftMask packs shifts into bits, one per pattern in the order of Shifts.
func ShiftMask(ss []Shift) uint8 {
	var m uint8
	for _, s := range ss {
		if i := slices.Index(shifts, s); i >= 0 {
			m |= 1 << i
		}
	}
	return m
}
