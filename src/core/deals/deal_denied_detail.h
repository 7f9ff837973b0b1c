// A signing denied through its subject: "no amount had been agreed" (deal_denied_detail.cpp).
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// True when the status cue at lexeme `cue` is a passive participle ("agreed", "signed") after "been" whose
// subject is led by "no" ("no amount had been agreed", "no contract has yet been signed"): the cue is
// denied, farther back than a "not" right before it.
bool no_subject_passive(const LexedText& t, std::size_t cue, std::size_t floor);

}  // namespace entente
