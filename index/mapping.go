package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/analysis/lang/da"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion changes whenever the mapping or the derived terms change,
// so that an index built by an older release is rebuilt, not misread.
const MappingVersion = "ipsmatch-mapping-13"

const mappingVersionKey = "ipsmatch.mapping_version"

// Languages are the vacancy languages analysed with their own analyzer;
// text in any other language uses bleve's standard analyzer.
var Languages = []string{"en", "it", "es", "da"}

var langAnalyzer = map[string]string{"en": en.AnalyzerName, "it": it.AnalyzerName, "es": es.AnalyzerName, "da": da.AnalyzerName}

// Field names of indexed documents.
const (
	fieldKind     = "kind"
	fieldOcc      = "occ"
	fieldCell     = "cell"
	fieldEmployer = "employer"
	fieldSector   = "sector"
	kindEmployer  = "employer"
)

// titleField is the field holding titles in lang ("" for other languages).
func titleField(lang string) string {
	if _, ok := langAnalyzer[lang]; ok {
		return "title_" + lang
	}
	return "title_xx"
}

// buildMapping is the one bleve mapping of ipsmatch. bleve indexes
// employers only: vacancies are selected from the index's own posting
// lists (postings.go, words.go), which import many times faster and open
// without reading them. It is static: only the fields below are indexed,
// none goes to the _all field, and no field keeps doc values, because
// retrieval never sorts or facets on them. Nothing is stored: records live
// in the segments beside bleve (segment.go).
func buildMapping() mapping.IndexMapping {
	kw := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, false, false, false
		return f
	}
	text := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, false, false, false
		return f
	}
	common := func() *mapping.DocumentMapping {
		d := bleve.NewDocumentStaticMapping()
		d.AddFieldMappingsAt(fieldKind, kw())
		d.AddFieldMappingsAt(fieldOcc, kw())
		d.AddFieldMappingsAt(fieldCell, kw())
		d.AddFieldMappingsAt(fieldEmployer, kw())
		d.AddFieldMappingsAt(fieldSector, kw())
		return d
	}
	emp := common()
	for lang, an := range langAnalyzer {
		emp.AddFieldMappingsAt(titleField(lang), text(an))
	}
	emp.AddFieldMappingsAt(titleField(""), text(standard.Name))

	im := bleve.NewIndexMapping()
	im.TypeField = fieldKind
	im.DefaultAnalyzer = keyword.Name
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.AddDocumentMapping(kindEmployer, emp)
	im.StoreDynamic, im.IndexDynamic, im.DocValuesDynamic = false, false, false
	return im
}
