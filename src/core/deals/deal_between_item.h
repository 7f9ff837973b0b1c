// "a memorandum between the State Concern "Turkmengaz" and the Japan Bank for International Cooperation on
// financing a gas-to-gasoline plant": a listed deal noun told between two firms with long names keeps its
// topic ("on ..." in lower case) in its item; the length cap counts from the topic, not from the names.
#pragma once

#include <cstddef>

#include "deal_lex.h"

namespace entente {

// For a list part [b, e) that opens on a deal noun and "between" two names joined by "and", the lexeme just
// after the "on" that follows them, before a word in lower case (where the part's topic starts); else b.
std::size_t after_between(const LexedText& t, std::size_t b, std::size_t e);

}  // namespace entente
