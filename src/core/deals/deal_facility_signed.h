// A facility told as the subject of a signing: "A green hydrogen project by a German consortium is
// expected to be signed in the coming weeks", "The port project was signed in 2021".
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when, within a few words after the facility noun at [b, e) and before any comma, a form of "be"
// opens a passive signing: "was signed", "is expected to be signed", "is due to be signed".
bool facility_signed_after(const TriggerScan& s, std::size_t e);

}  // namespace entente
