// Two fields of different sectors named together as "sectors": "invest $2 billion in Pakistan's energy and
// transport sectors" is a mixed package, not an energy deal.
#pragma once

#include <string_view>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// True when [r.b, r.e) holds a sector word, "and" (or a comma), a sector word of another sector, and within
// two lexemes after it "sectors", "industries", "fields" or "areas".
bool paired_fields(const FillContext& f, LexRange r);

// The same told in a deal's evidence text: "<word> and <word> sectors" (or industries, fields, areas) with
// two different words, so a story's common sector does not overwrite the deal's mixed one.
bool paired_fields_text(std::string_view sentence);

}  // namespace entente
