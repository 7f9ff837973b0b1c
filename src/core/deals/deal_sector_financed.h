// The sector of a loan from what it pays for ("a loan that finances infrastructure projects").
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// "a loan that finances infrastructure projects", "dams financed by a loan": a loan takes the sector of
// what it pays for; -1 when the sentence names none beside a financing word.
int financed_sector(const FillContext& f, const DealDraft& d);

}  // namespace entente
