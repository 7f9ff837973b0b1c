// "Huawei's data centre in Benguerir, built under a 2022 agreement with the ministry, ...": an agreement
// that a named thing was built (run, operated) under is about that thing.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// For an agreement noun whose item starts at lexeme b: when "under" (with an article or a year) opens it
// and a participle set off by a comma stands before ("..., built under", "..., operated since 2019 under"),
// the noun phrase before that comma; else `item` unchanged.
LexRange under_agreement_item(const TriggerScan& s, LexRange item);

}  // namespace entente
