package server

import (
	"net/http"
)

// CaseloadView says where the index's client profiles are read from, as
// 'ipsmatch caseload show' does.
type CaseloadView struct {
	// Folder is the folder on the server; empty when none was set.
	Folder  string `json:"folder,omitempty"`
	Clients int    `json:"clients"`
}

func (s *Server) getCaseload(r *http.Request, p *who) (any, error) {
	return CaseloadView{Folder: s.ws.CaseloadDir, Clients: s.ws.Caseload.Len()}, nil
}

// CaseloadRequest names the folder of client profiles the server's index
// should serve, on the server's disk.
type CaseloadRequest struct {
	Folder string `json:"folder"`
}

// setCaseload changes the caseload, as `ipsmatch caseload set` does:
// explicitly, checked whole, and reported.
func (s *Server) setCaseload(r *http.Request, p *who) (any, error) {
	var req CaseloadRequest
	if err := decodeBody(r, &req); err != nil {
		return nil, err
	}
	if req.Folder == "" {
		return nil, badField("folder", "give the folder of client profiles")
	}
	ch, err := s.ws.SetCaseload(req.Folder)
	if err != nil {
		return nil, err
	}
	note(r.Context(), "count", ch.Clients)
	return ch, nil
}
