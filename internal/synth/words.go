package synth

import (
	"fmt"
	"strings"
	"unicode"
)

// Word lists for names and addresses, written for this package. Places
// and streets are invented.
var (
	evocative = []string{"Aurora", "Sole", "Luna", "Stella", "Quercia", "Fontana", "Torre", "Ponte",
		"Portico", "Girasole", "Melograno", "Rondine", "Tiglio", "Olmo", "Gelso", "Glicine", "Ginestra",
		"Lanterna", "Bussola", "Ancora", "Arcobaleno", "Orizzonte", "Primavera", "Corallo", "Cometa",
		"Faro", "Mulino", "Pergola", "Vela", "Zefiro", "Sorgente", "Castagno", "Camelia", "Ulivo",
		"Airone", "Cedro", "Lavanda", "Mimosa", "Papavero", "Scoiattolo"}
	masculine = []string{"Gallo", "Portico", "Mulino", "Pozzo", "Borgo", "Ponte", "Canale", "Cortile",
		"Castello", "Fico", "Melo", "Moro", "Vecchio Forno", "Sasso"}
	surnames = []string{"Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci",
		"Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
		"Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
		"Caruso", "Ferri", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale",
		"Serra", "Coppola", "De Santis", "Pellegrini", "Bellini", "Zanetti", "Guidi", "Benedetti",
		"Monti", "Fabbri", "Sala", "Neri", "Grassi", "Rossetti", "Cattaneo", "Orlando", "Bassi",
		"Tassinari", "Zucchini", "Bergonzoni", "Malaguti", "Landi"}
	firstNames = []string{"Giulia", "Marco", "Francesca", "Luca", "Chiara", "Paolo", "Elena", "Andrea",
		"Sara", "Matteo", "Laura", "Davide", "Silvia", "Stefano", "Valentina", "Giorgio", "Martina",
		"Alessandro", "Federica", "Roberto", "Anna", "Simone", "Elisa", "Fabio", "Irene", "Nicola",
		"Monica", "Massimo", "Paola", "Riccardo", "Ahmed", "Fatima", "Ioana", "Mihai", "Olena", "Wei",
		"Amina", "John", "Emma", "Kofi", "Rosa", "Gino", "Tiziana", "Enrico", "Barbara"}
	// places are invented villages and quarters of the region.
	places = []string{"Valmora", "Colleverde", "Pontelungo", "Roverella", "Fossalta Nuova",
		"Borgo Tigli", "Casalfiume", "Montebruno", "Poggio Lame", "Rivabassa", "Torricella",
		"Campolargo", "Val di Sasso", "Prato Nuovo", "Ca' del Vento", "San Vitale di Sopra"}
	english = []string{"Oak", "Bright", "Green Lane", "Harbour", "Northgate", "Blue Door",
		"Silver Birch", "Cornerstone", "Brookside", "Maple", "Kestrel", "Lighthouse", "Riverside",
		"Sunrise", "Hilltop", "Orchard", "Fox Hill", "Meadow"}
	streetKinds = []string{"Via", "Via", "Via", "Via", "Viale", "Piazza", "Vicolo", "Strada", "Largo"}
	streetNames = []string{"del Mulino", "dei Tigli", "della Canapa", "delle Fornaci", "dei Tessitori",
		"del Lavoro", "Ada Ferretti", "Enrico Valli", "Lucia Boschetti", "Pietro Nardelli",
		"del Pratello Nuovo", "Porta Valmora", "San Donnino", "Santa Viola", "della Stazione",
		"dell'Industria", "dell'Artigianato", "del Canale", "dei Gelsi", "della Cooperazione",
		"Roverella", "Colleverde", "Fossalta", "dei Ciliegi", "delle Rondini", "del Pozzo",
		"della Fiera", "dei Mercanti", "Ottavio Ranuzzi", "Giovanna Sermasi", "delle Lame",
		"del Borgo Antico", "dei Carrettieri", "della Filanda", "Bruno Morandi", "dei Vetrai",
		"Luigi Casadio", "delle Orsoline", "del Ghetto Nuovo", "dei Fabbri"}
	genericNotes = []string{
		"Prefers a phone call before any visit.",
		"Manager changed in the spring; relationship starting again.",
		"Says they struggle to keep staff beyond three months.",
		"Open to shorter hours at first, more later.",
		"Asked for people who can start at short notice.",
		"Small team; everyone does a bit of everything.",
		"Hires mostly by word of mouth.",
		"Pays on time and keeps people on; good retention.",
	}
)

// fill replaces the placeholders of a name template: {W} an evocative
// word, {M} a masculine noun, {S} a surname, {F} a first name, {P} a place,
// {E} an English word.
func fill(r rng, tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 || i+2 >= len(tmpl) || tmpl[i+2] != '}' {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		switch tmpl[i+1] {
		case 'W':
			b.WriteString(pick(r, evocative))
		case 'M':
			b.WriteString(pick(r, masculine))
		case 'S':
			b.WriteString(pick(r, surnames))
		case 'F':
			b.WriteString(pick(r, firstNames))
		case 'P':
			b.WriteString(pick(r, places))
		case 'E':
			b.WriteString(pick(r, english))
		}
		tmpl = tmpl[i+3:]
	}
}

// businessName draws a name for a business in the sector.
func (s Sector) businessName(r rng) string { return fill(r, pick(r, s.names)) }

// address draws a street address.
func address(r rng) string {
	return fmt.Sprintf("%s %s %d", pick(r, streetKinds), pick(r, streetNames), r.between(1, 180))
}

// slug turns a name into a lower-case host-name label.
func slug(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case c == 'à' || c == 'è' || c == 'é' || c == 'ì' || c == 'ò' || c == 'ù':
			b.WriteRune(map[rune]rune{'à': 'a', 'è': 'e', 'é': 'e', 'ì': 'i', 'ò': 'o', 'ù': 'u'}[c])
		case unicode.IsSpace(c) || c == '-' || c == '\'':
		}
	}
	return b.String()
}

// phone draws a fictional local phone number.
func phone(r rng) string {
	return fmt.Sprintf("+39 051 %03d %04d", r.between(100, 999), r.IntN(10000))
}
