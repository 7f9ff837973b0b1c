// Matching forms of words: spelling-variant folding, light plural stemming, hyphen joining.
#include "match_normalize.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "fingerprint.h"

namespace entente {
namespace {

// Sorted for binary search.
constexpr std::string_view kStopwords[] = {
    "a",     "about",   "above",  "after",   "again", "against", "all",     "also",   "am",      "an",
    "and",   "any",     "are",    "as",      "at",    "be",      "because", "been",   "before",  "being",
    "below", "between", "both",   "but",     "by",    "can",     "could",   "did",    "do",      "doe",
    "doing", "down",    "during", "each",    "even",  "few",     "for",     "from",   "further", "had",
    "has",   "have",    "having", "he",      "her",   "here",    "hers",    "him",    "his",     "how",
    "i",     "if",      "in",     "into",    "is",    "it",      "its",     "itself", "just",    "may",
    "me",    "might",   "more",   "most",    "mr",    "ms",      "much",    "must",   "my",      "no",
    "nor",   "not",     "now",    "of",      "off",   "on",      "once",    "only",   "or",      "other",
    "our",   "out",     "over",   "own",     "per",   "same",    "shall",   "she",    "should",  "so",
    "some",  "such",    "than",   "that",    "the",   "their",   "them",    "then",   "there",   "these",
    "they",  "this",    "those",  "through", "thus",  "to",      "too",     "under",  "until",   "up",
    "upon",  "very",    "via",    "was",     "we",    "were",    "what",    "when",   "where",   "whether",
    "which", "while",   "who",    "whom",    "why",   "will",    "with",    "within", "would",   "yet",
    "you",   "your"};

struct Rewrite {
  std::string_view from, to;
};

// Whole-word British/American and archaic variants.
constexpr std::array<Rewrite, 10> kWordRewrites = {{{"amongst", "among"},
                                                    {"whilst", "while"},
                                                    {"towards", "toward"},
                                                    {"programme", "program"},
                                                    {"programmes", "programs"},
                                                    {"defence", "defense"},
                                                    {"offence", "offense"},
                                                    {"licence", "license"},
                                                    {"judgement", "judgment"},
                                                    {"ageing", "aging"}}};

// Suffix rewrites, tried in order; `min_stem` letters must precede the suffix.
struct SuffixRewrite {
  std::string_view from, to;
  std::size_t min_stem;
};
constexpr std::array<SuffixRewrite, 24> kSuffixRewrites = {{
    {"isations", "izations", 2}, {"isation", "ization", 2}, {"ising", "izing", 3},
    {"ised", "ized", 3},         {"ises", "izes", 3},       {"ise", "ize", 3},
    {"yses", "yzes", 3},         {"ysed", "yzed", 3},       {"yse", "yze", 3},
    {"ourable", "orable", 3},    {"ourite", "orite", 3},    {"ourites", "orites", 3},
    {"ourhood", "orhood", 3},    {"ouring", "oring", 3},    {"oured", "ored", 3},
    {"ours", "ors", 3},          {"our", "or", 3},          {"tres", "ters", 2},
    {"tre", "ter", 2},           {"elled", "eled", 2},      {"elling", "eling", 2},
    {"alled", "aled", 3},        {"ogue", "og", 3},         {"ogues", "ogs", 3},
}};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool all_digits_or_dots(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

// Harman's S-stemmer, kept conservative so that "us", "this", "crisis" survive.
void strip_plural(std::string& w) {
  if (w.size() <= 3 || all_digits_or_dots(w)) return;
  if (ends_with(w, "ies") && !ends_with(w, "eies") && !ends_with(w, "aies") && w.size() > 4) {
    w.replace(w.size() - 3, 3, "y");
  } else if (ends_with(w, "es") && !ends_with(w, "aes") && !ends_with(w, "ees") && !ends_with(w, "oes")) {
    w.pop_back();
  } else if (ends_with(w, "s") && !ends_with(w, "us") && !ends_with(w, "ss") && !ends_with(w, "is")) {
    w.pop_back();
  }
}

void fold_spelling(std::string& w) {
  for (const Rewrite& r : kWordRewrites) {
    if (w == r.from) {
      w = std::string(r.to);
      return;
    }
  }
  for (const SuffixRewrite& r : kSuffixRewrites) {
    if (ends_with(w, r.from) && w.size() >= r.from.size() + r.min_stem) {
      w.replace(w.size() - r.from.size(), r.from.size(), r.to);
      return;
    }
  }
}

// Splits a lower-cased word at hyphens (ASCII and U+2010/U+2011).
std::vector<std::string> hyphen_parts(std::string_view lower) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower[i] == '-') {
      parts.emplace_back();
    } else if (lower.compare(i, 3, "\xE2\x80\x90") == 0 || lower.compare(i, 3, "\xE2\x80\x91") == 0) {
      parts.emplace_back();
      i += 2;
    } else {
      parts.back() += lower[i];
    }
  }
  return parts;
}

using Forms = std::vector<std::pair<std::uint64_t, std::uint8_t>>;

void add_form(Forms& forms, const std::string& form) {
  if (!form.empty()) forms.emplace_back(hash_bytes(form), is_stopword(form) ? kMatchStop : 0);
}

// The normalized joined form of hyphen parts ("co", "operation" -> "cooperation").
std::string joined_form(const std::vector<std::string>& parts) {
  std::string joined;
  for (const std::string& p : parts) joined += p;
  return normalize_word(joined);
}

// The match tokens of one word or number token, from its lowered form.
Forms forms_of(std::string_view lower, const JoinVocabulary& vocab) {
  Forms forms;
  std::vector<std::string> parts = hyphen_parts(lower);
  if (parts.size() > 1) {
    std::string joined = joined_form(parts);
    if (vocab.count(hash_bytes(joined)) != 0) {
      add_form(forms, joined);
      return forms;
    }
  }
  for (const std::string& p : parts) add_form(forms, normalize_word(p));
  return forms;
}

}  // namespace

std::string normalize_word(std::string_view lower) {
  std::string w;
  w.reserve(lower.size());
  for (std::size_t i = 0; i < lower.size(); ++i) {
    const char c = lower[i];
    const bool digit_comma = c == ',' && i > 0 && i + 1 < lower.size();
    if (c == '.' || c == '\'' || c == '-' || digit_comma) continue;
    w += c;
  }
  while (!w.empty() && (w.back() == ',' || w.back() == '%')) w.pop_back();
  fold_spelling(w);
  strip_plural(w);
  return w;
}

bool is_stopword(std::string_view form) {
  return std::binary_search(std::begin(kStopwords), std::end(kStopwords), form);
}

JoinVocabulary build_join_vocabulary(const Corpus& corpus) {
  JoinVocabulary vocab;
  std::unordered_set<std::string_view> seen;  // views into the corpus' tokens
  for (const Document& doc : corpus.docs) {
    if (!doc.ok()) continue;
    for (const Token& t : doc.tokens) {
      const std::string_view lower = doc.tokens.lower(t);
      if (t.kind != TokenKind::Word || lower.find('-') != std::string_view::npos) continue;
      if (seen.insert(lower).second) vocab.insert(hash_bytes(normalize_word(lower)));
    }
  }
  return vocab;
}

std::vector<std::uint64_t> join_queries(const Corpus& corpus) {
  std::vector<std::uint64_t> out;
  for (const Document& doc : corpus.docs) {
    if (!doc.ok()) continue;
    for (const Token& t : doc.tokens) {
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) continue;
      std::vector<std::string> parts = hyphen_parts(doc.tokens.lower(t));
      if (parts.size() > 1) out.push_back(hash_bytes(joined_form(parts)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

MatchSeq normalize_for_matching(const Document& doc, const JoinVocabulary& vocab, NormalizeCache* cache) {
  MatchSeq seq;
  seq.token.reserve(doc.tokens.size());
  seq.word.reserve(doc.tokens.size());
  seq.flags.reserve(doc.tokens.size());
  auto push = [&seq](std::uint32_t i, const Forms& forms) {
    for (const auto& [hash, flags] : forms) {
      seq.token.push_back(i);
      seq.word.push_back(hash);
      seq.flags.push_back(flags);
    }
  };
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    const std::string_view lower = doc.tokens.lower(t);
    if (t.kind == TokenKind::Clitic) {
      if (lower == "n't") push(i, Forms{{hash_bytes("not"), kMatchStop}});
      continue;
    }
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) continue;
    if (cache == nullptr) {
      push(i, forms_of(lower, vocab));
      continue;
    }
    const auto [first, last] = cache->get(lower, [&](Forms& out) {
      const Forms forms = forms_of(lower, vocab);
      out.insert(out.end(), forms.begin(), forms.end());
    });
    for (const auto* f = first; f != last; ++f) {
      seq.token.push_back(i);
      seq.word.push_back(f->first);
      seq.flags.push_back(f->second);
    }
  }
  // Room was reserved for every token, punctuation included: give back what was not used.
  seq.token.shrink_to_fit();
  seq.word.shrink_to_fit();
  seq.flags.shrink_to_fit();
  return seq;
}

}  // namespace entente
