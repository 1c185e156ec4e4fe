// Package demo is Valmora, a fictional town of about 130 employers, 440
// vacancies, six months of job-development contacts by three employment
// specialists (anna.rossi, marco.bianchi and sara.conti), sixteen job
// starts and a caseload of twelve clients, frozen on Monday 23 November
// 2026. The data is embedded in the binary, so examples, tests and the
// command-line tool can show the engine at work without any setup; it is
// written by the deterministic program in internal/gen (go generate).
package demo
