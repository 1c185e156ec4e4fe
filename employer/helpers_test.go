package employer

import (
	"testing"
	"time"

	"github.com/ipsmatch/ipsmatch/internal/civil"
	"github.com/stretchr/testify/require"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return v
}

func mustDate(t *testing.T, s string) Date {
	t.Helper()
	d, err := civil.Parse(s)
	require.NoError(t, err)
	return d
}
