// Deal detection in one document: sentences are cut into clauses at top-level commas and semicolons, each
// clause's first valid trigger states a deal, and lists ("A, B and C") give one deal per part.
#pragma once

#include <vector>

#include "deal_lexicon.h"
#include "deals.h"
#include "mentions.h"

namespace entente {

// The deals stated in `doc`, whose mentions are `m`, in text order; `group` and `conflicts` are left empty.
std::vector<Deal> find_doc_deals(const Document& doc, const DocMentions& m, const MentionTables& tables,
                                 const DealLexicon& lex);

}  // namespace entente
