package jobposting

import "errors"

var (
	// ErrNoJobPosting is returned when the input holds no schema.org
	// JobPosting node: an empty file, JSON-LD describing something else, or
	// an HTML page without a JobPosting in its ld+json blocks.
	ErrNoJobPosting = errors.New("jobposting: no JobPosting found")
	// ErrMalformedJSONLD is returned when a JSON-LD document or an HTML
	// page's ld+json block is not valid JSON, for example a truncated
	// download. The message names the source and the byte offset.
	ErrMalformedJSONLD = errors.New("jobposting: malformed JSON-LD")
)
