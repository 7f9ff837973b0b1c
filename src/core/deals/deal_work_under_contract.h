// The item of a contract that work is done under: "has been working on a ring road around Dire Dawa since
// 2022 under a contract worth 9 billion birr" is about the ring road, not the bare "contract".
#pragma once

#include "deal_triggers.h"

namespace entente {

// For an agreement noun whose item starts at item.b: when "under" (with an article) opens it and, before it
// in the sentence, "has/have been" and a verb in -ing ("building", "working on", "running", "upgrading")
// take an object that ends at "since" or at "under", that object; else `item` unchanged.
LexRange work_under_item(const TriggerScan& s, LexRange item);

// True when the agreement noun at lexeme b is told as the frame of ongoing work: "under a/an" a few lexemes
// before it and "has/have been" + a verb in -ing with an object before that ("Toyota Tsusho has been running
// a bus depot in Amman since 2020 under a ten-year service agreement"): a deal under way.
bool work_under(const TriggerScan& s, std::size_t b);

}  // namespace entente
