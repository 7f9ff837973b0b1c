// One row per deal in a document: a later sentence or the headline that speaks of a deal already told ("the
// deal", "the $5.8 billion contract", "S. Korea finalizes Czech nuclear deal") becomes more evidence of that
// deal, and the deal's fields are filled from all of its sentences.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "deals.h"

namespace entente {

// What consolidation knows of a deal beyond its fields.
struct DealNote {
  bool headline = false;     // stated in a title line at the top of the text
  bool definite = false;     // named by a definite agreement noun ("the pact with X", "this deal")
  bool another = false;      // told as one more deal ("a third contract", "another deal")
  std::string_view context;  // the clause that states the deal (a view of the document's text); empty for
                             // a list part, whose item is its clause
  int owner = -1;     // a list part: index of the deal it belongs to, whose year it takes when it has none
  int sentence = -1;  // index of the sentence that states it in the document, -1 when unknown
  bool indefinite = false;   // named by an indefinite noun ("a memorandum was signed")
  bool signed_item = false;  // a line of a list of signed documents (deal_signed_list_items.h)
};

// Merges the deals of one document (in text order; `notes` parallel to them) that tell the same deal, in
// place. Deals from one sentence are never merged (a list gives one deal per part); deals whose years,
// amounts or parties differ are never merged. Headline deals that match no body deal are dropped when
// `drop_lone_headlines`, else kept as rows of their own.
void consolidate_deals(std::vector<Deal>* deals, const std::vector<DealNote>& notes,
                       bool drop_lone_headlines);

// Orders statuses from intention to outcome: proposed < negotiating < announced < signed < in_progress <
// completed < cancelled; -1 for any other string.
int status_rank(const std::string& status);

}  // namespace entente
