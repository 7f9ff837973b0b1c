// Mentions (countries, organisations, people, money, quantities, dates) and bilateral deals with evidence.
// Owner of the "mentions" and "deals" sections of the analysis contract.
//
// A deal is an agreement, purchase, sale, loan, investment, supply, project or joint exercise between
// countries (or their firms, banks and agencies: QatarEnergy -> Qatar) that a text states. Statistics (trade
// volumes, investment stocks, budgets, yearly purchases) and intentions without an object are not deals.
// One row per distinct deal in a document: the headline and later sentences about the same deal ("the
// deal", "the $5.8 billion contract") are its `evidence_extra`, and its fields are filled from all of them.
// A sentence that lists several deals gives one row each; an umbrella ("21 agreements worth $40 billion")
// is one row with `aggregate` true, beside its parts.
//   sector   defense | energy | trade | infrastructure | health | space | finance | other
//   status   proposed (offered, planned, wanted) | negotiating (in talks) | announced (pledged, approved,
//            agreed in principle, "will buy") | signed (signed, concluded, ordered, purchased, lent) |
//            in_progress (construction or deliveries under way) | completed (delivered, held, launched,
//            inaugurated) | cancelled (dropped, failed, suspended)
//   item     the concrete thing (model, product, named project) or, when there is none, the kind of
//            agreement named by its purpose ("agreement to build two patrol vessels")
//   year     the year of the deal event: from its sentence, else from the text's dateline for news it reports
//            ("on Friday", "in April", or done without a time of its own); target, deadline and delivery
//            years, plans and earlier events ("last year", "had signed") give none
//   value    the amount in its stated currency (`currency` ISO 4217; a range keeps its low end and says so
//            in `value_text`); `value_usd` only for dollars or a dollar equivalent the text states
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text.h"

namespace entente {

struct DealsOptions {
  double min_confidence = 0.0;
};

struct Mention {
  int doc = 0;
  std::string type;  // money|quantity|date|country|org|person
  std::uint32_t start = 0, end = 0;
  std::string text;
  std::optional<double> value;
  std::optional<std::string> unit;  // ISO 4217 for money, unit name for quantities
  std::optional<double> value_usd;
  std::optional<std::string> canonical;  // canonical country/org/person name
};

struct Evidence {
  std::uint32_t start = 0, end = 0;
  std::string text;
};

struct Deal {
  int doc = 0;
  std::string kind, sector;
  std::vector<std::string> parties;
  std::string item;
  std::optional<double> value_usd, value;
  std::optional<std::string> currency, value_text, value_qualifier, quantity;
  std::optional<int> year;
  std::optional<std::string> date_text;
  std::string status;  // proposed|negotiating|announced|signed|in_progress|completed|cancelled
  Evidence evidence;   // the sentence that states the deal most fully
  std::vector<Evidence> evidence_extra;  // other sentences of the same document about the same deal
  bool aggregate = false;                // an umbrella ("21 agreements worth $40 billion") over other deals
  double confidence = 0;
  int group = 0;                       // cross-document group (1-based): reports of the same deal
  std::vector<std::string> conflicts;  // differing figures within the group, on its first member only
};

struct DealsResult {
  std::vector<Mention> mentions;
  std::vector<Deal> deals;
};

}  // namespace entente

namespace entente {

// Finds the mentions in every document and the deals they state, grouped across documents.
// Failed documents (error set) are skipped. Deterministic: `two_threads` (native builds only) reads the
// documents on two threads and gives the same result.
DealsResult extract_deals(const Corpus& corpus, const DealsOptions& options, bool two_threads = false);

}  // namespace entente
