package workspace

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/ipsmatch/ipsmatch/index"
)

// A file is imported in two passes, so that a large one neither sits in
// memory whole nor is half-written when one of its records is bad:
//
//  1. the whole file is read, one record at a time, and every record is
//     decoded, validated and checked as writing it would check it (for
//     contacts, the disclosure gate), in groups of index.MaxPart; a bad
//     record stops the import with nothing written;
//  2. the file is read again and written in batches of index.MaxPart
//     records, each all-or-nothing. A failure here (a full disk, the
//     process killed) leaves whole batches; importing the file again
//     finishes the rest, since what is written is not written twice.
//
// A file of at most index.MaxPart records is read once: the first pass
// keeps it, and it is written as one batch.

// partSize is index.MaxPart, a variable so that tests can cut small files
// into several batches.
var partSize = index.MaxPart

// eachFunc reads every record of one file, calling fn with each.
type eachFunc[T any] func(r io.Reader, fn func(T) error) error

// twoPass imports the records of the file at path: check is called with
// each group of records in the first pass (nil checks nothing more than
// reading does), and write with each batch in the second.
func twoPass[T any](ctx context.Context, path string, each eachFunc[T], check, write func([]T) error) error {
	var group []T
	groups := 0
	endGroup := func() error {
		if len(group) == 0 {
			return nil
		}
		groups++
		if check != nil {
			return check(group)
		}
		return nil
	}
	err := readFile(path, each, func(t T) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(group) == partSize {
			if err := endGroup(); err != nil {
				return err
			}
			clear(group)
			group = group[:0]
		}
		group = append(group, t)
		return nil
	})
	if err == nil {
		err = endGroup()
	}
	if err != nil || groups == 0 {
		return err
	}
	if groups == 1 {
		return write(group)
	}
	group = nil
	b := batcher[T]{write: write}
	if err := readFile(path, each, func(t T) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return b.add(t)
	}); err != nil {
		return b.failed(err)
	}
	if err := b.flush(); err != nil {
		return b.failed(err)
	}
	return nil
}

func readFile[T any](path string, each eachFunc[T], fn func(T) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return each(f, fn)
}

// batcher gathers records into batches of partSize and writes each as it
// fills.
type batcher[T any] struct {
	write   func([]T) error
	buf     []T
	written int // batches written
	records int // records in them
}

func (b *batcher[T]) add(t T) error {
	b.buf = append(b.buf, t)
	if len(b.buf) >= partSize {
		return b.flush()
	}
	return nil
}

func (b *batcher[T]) flush() error {
	if len(b.buf) == 0 {
		return nil
	}
	if err := b.write(b.buf); err != nil {
		return err
	}
	b.written++
	b.records += len(b.buf)
	// A new slice each time: a writer may keep what it was given.
	b.buf = nil
	return nil
}

// failed says what was written before err.
func (b *batcher[T]) failed(err error) error {
	if b.written == 0 {
		return err
	}
	return fmt.Errorf("%w (%d batches of %d records were written before it; import the file again to finish)",
		err, b.written, b.records)
}
