// A third country's objection or comparison inside a deal's clause (see deal_bystander_clauses.h).
#include "deal_bystander_clauses.h"

#include "deal_objector_clause.h"
#include "deal_than_clause.h"

namespace entente {

void cut_bystander_clauses(const TriggerScan& s, DealDraft* d) {
  cut_objector_clause(s, d);  // "... deal with Athens that Turkey rejected outright"
  cut_than_clause(s, d);      // "... did more for the pound than anything Turkey could offer"
}

}  // namespace entente
