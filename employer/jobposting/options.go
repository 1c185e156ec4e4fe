package jobposting

import (
	"fmt"
	"regexp"

	"github.com/ipsmatch/ipsmatch/employer"
)

// Options tune Decode. The zero value works.
type Options struct {
	// DefaultLanguage is the ISO 639-1 code used when a posting has no
	// inLanguage and its text gives no clear sign of Italian or English;
	// "" means "en".
	DefaultLanguage string
	// DefaultCurrency is the ISO 4217 code used when a salary names no
	// currency; "" means "EUR".
	DefaultCurrency string
	// IDPrefix is put before every vacancy id, so that identifiers from
	// different job boards cannot collide; "" means "jp-".
	IDPrefix string
}

var (
	langCodeRe     = regexp.MustCompile(`^[a-z]{2}$`)
	currencyCodeRe = regexp.MustCompile(`^[A-Z]{3}$`)
)

// Validate reports an option holding a value Decode cannot use, as a
// *employer.FieldError naming the option.
func (o Options) Validate() error {
	if o.DefaultLanguage != "" && !langCodeRe.MatchString(o.DefaultLanguage) {
		return &employer.FieldError{Field: "DefaultLanguage",
			Err: fmt.Errorf("%w: %q is not a two-letter ISO 639-1 code", employer.ErrUnknownValue, o.DefaultLanguage)}
	}
	if o.DefaultCurrency != "" && !currencyCodeRe.MatchString(o.DefaultCurrency) {
		return &employer.FieldError{Field: "DefaultCurrency",
			Err: fmt.Errorf("%w: %q is not a three-letter ISO 4217 code", employer.ErrUnknownValue, o.DefaultCurrency)}
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.DefaultLanguage == "" {
		o.DefaultLanguage = "en"
	}
	if o.DefaultCurrency == "" {
		o.DefaultCurrency = "EUR"
	}
	if o.IDPrefix == "" {
		o.IDPrefix = "jp-"
	}
	return o
}
