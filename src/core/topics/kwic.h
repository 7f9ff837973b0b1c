// Keyword in context (KWIC): each lexicon hit with a few running words either side, linked to its document
// and byte offsets, for the Topics panel ("click a bar -> the lines") and term look-ups.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "text.h"

namespace entente {

struct KwicLine {
  int doc = 0;              // Document::id
  std::uint32_t start = 0;  // byte offsets of the hit in Document::text
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;  // the hit covers tokens [first_token, token_end)
  std::uint32_t token_end = 0;
  std::string left, hit,
      right;          // document text; runs of whitespace collapsed to one space; left/right trimmed
  std::string topic;  // topic id (kwic_topic), or empty (kwic_term)
  std::string term;   // the lexicon term that matched, as written
};

struct KwicOptions {
  int doc = -1;                  // only this Document::id; -1 for every document
  int context_words = 6;         // running words (Word and Number tokens) each side
  std::size_t max_lines = 5000;  // stop after this many lines
};

// The hits of topic `topic_id` (same counting rules as the frequencies, lexicon_match.h), in document order,
// then text order. Unknown topic ids give no lines.
std::vector<KwicLine> kwic_topic(const Corpus& corpus, const Lexicon& lexicon, std::string_view topic_id,
                                 const KwicOptions& options);

// The hits of one term (word, "prefix*" or phrase, matched like a lexicon term). Throws LexiconError (line 0)
// when the term is malformed (lexicon.h term_problem).
std::vector<KwicLine> kwic_term(const Corpus& corpus, std::string_view term, const KwicOptions& options);

}  // namespace entente
