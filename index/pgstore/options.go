package pgstore

import (
	"fmt"
	"log/slog"
	"regexp"
	"time"
)

// DefaultSchema is the PostgreSQL schema the store uses when Options.Schema
// is empty.
const DefaultSchema = "ipsmatch"

// DefaultConnectTimeout bounds each connection attempt when neither Options
// nor the connection string (connect_timeout) sets one.
const DefaultConnectTimeout = 10 * time.Second

// Options configure Open. The zero value uses the schema "ipsmatch", a
// ten-second connect timeout and no logging.
type Options struct {
	// Schema is the PostgreSQL schema that holds the store's tables, so the
	// store can share a database with anything else. Lower-case letters,
	// digits and underscores, starting with a letter or underscore, at most
	// 63 bytes. Empty means DefaultSchema.
	Schema string
	// ConnectTimeout bounds each attempt to connect to the server; zero means
	// the connection string's connect_timeout, or DefaultConnectTimeout.
	ConnectTimeout time.Duration
	// Logger receives schema migrations (Info) and failures to refresh the
	// derived state after a write that did commit (Warn). Nil is silent.
	Logger *slog.Logger
}

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// Validate reports an unusable option.
func (o Options) Validate() error {
	if o.Schema != "" && !schemaName.MatchString(o.Schema) {
		return fmt.Errorf("pgstore: options: schema %q: want lower-case letters, digits and underscores, at most 63", o.Schema)
	}
	if o.ConnectTimeout < 0 {
		return fmt.Errorf("pgstore: options: connect timeout %v is negative", o.ConnectTimeout)
	}
	return nil
}

func (o Options) withDefaults() Options {
	if o.Schema == "" {
		o.Schema = DefaultSchema
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}
