// The deals and mentions sections of the JSON contract (version 3, README "JSON contract"), written by
// JsonWriter: a document's money mentions one object each and its other mentions a table per type; deals
// without null, false or empty fields, their evidence as offsets.
#pragma once

#include <vector>

#include "deals.h"
#include "json_writer.h"

namespace entente {

// Per document: its money mentions one object each, then a table per other type, in order of each type's
// first mention. Mentions arrive grouped by document.
void write_mentions(JsonWriter& w, const std::vector<Mention>& mentions);

// The deals array; `texts` adds each evidence's text (an export that stands without the documents), which
// the contract leaves out.
void write_deals(JsonWriter& w, const std::vector<Deal>& deals, bool texts);

}  // namespace entente
