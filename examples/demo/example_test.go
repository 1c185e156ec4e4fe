package demo_test

import (
	"fmt"

	"github.com/ipsmatch/ipsmatch/examples/demo"
)

func ExampleClient() {
	c, err := demo.Client("karim")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Disclosure, c.Commute.Mode, c.Commute.MaxMinutes, len(c.JobTypes))
	// Output: none walk 20 0
}
