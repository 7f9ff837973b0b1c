// "signed an agreement on the joint operation of the reservoir, under which Kazakhstan will send 1.2
// billion kWh of electricity to Kyrgyzstan each winter": the clause after "under which" tells the
// agreement's terms, not a deal of its own.
#pragma once

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when `d` sits in a clause opened by "under which", "under whose terms" or "whereby" (a comma
// before it), and `prev`, the draft before it in the sentence, is an agreement noun ending before it.
bool terms_clause(const TriggerScan& s, const DealDraft& prev, const DealDraft& d);

}  // namespace entente
