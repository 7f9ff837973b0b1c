// Direct speech: the words between quotation marks. Independent reports of one event quote the same people
// word for word (officials say the same thing to every reporter), so a quotation shared by two documents is
// weak evidence that one reuses the other; the pair score's coverage sets shared quotations aside.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "match_normalize.h"
#include "text.h"

namespace entente {

// A half-open byte range of a text.
struct ByteRange {
  std::uint32_t start = 0, end = 0;
};

// The quotations of `text`, in order: each runs from an opening double quotation mark (" or U+201C) to its
// closing mark (" or U+201D), both included. A straight mark opens when no quotation is open and a
// non-space follows it, and closes an open one when a non-space precedes it (else it opens anew). A
// quotation is closed within its paragraph (paragraphs end at a blank line, or at a line break after . ! or
// ?), except that one left open runs to the paragraph's end when the next paragraph opens with a quotation
// mark (the newspaper convention for a quotation of several paragraphs). Marks that find no partner quote
// nothing, so a stray mark never turns the rest of a text into speech.
std::vector<ByteRange> quoted_ranges(std::string_view text);

// Sets kMatchQuoted on every match token whose source token starts inside a quotation of `doc`.
// Precondition: `seq` was built from `doc`.
void mark_quoted_speech(const Document& doc, MatchSeq& seq);

}  // namespace entente
