// Package storetest is the contract every store.Store home must pass: the
// file journal and PostgreSQL run the same subtests, so that a caller
// cannot tell them apart. Call Run (or Factory.Run, to also check that
// writes survive a reopen) from the home's own tests.
package storetest
