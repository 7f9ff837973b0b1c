// Lexicon matching (see lexicon_match.h for the counting rules).
#include "lexicon_match.h"

#include <algorithm>

#include "tokenize.h"

namespace entente {

std::vector<std::string> term_words(std::string_view term) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < term.size()) {
    while (i < term.size() && (term[i] == ' ' || term[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < term.size() && term[i] != ' ' && term[i] != '\t') ++i;
    if (i > start) words.push_back(fold_lower(term.substr(start, i - start)));
  }
  return words;
}

LexiconMatcher::LexiconMatcher(const Lexicon& lexicon)
    : topic_count_(static_cast<int>(lexicon.topics.size())) {
  for (int t = 0; t < topic_count_; ++t) {
    const LexiconTopic& topic = lexicon.topics[t];
    for (int k = 0; k < static_cast<int>(topic.terms.size()); ++k) {
      if (!term_problem(topic.terms[k]).empty()) continue;
      Pattern p{t, k, {}};
      for (std::string& w : term_words(topic.terms[k])) {
        bool prefix = !w.empty() && w.back() == '*';
        if (prefix) w.pop_back();
        p.words.push_back({std::move(w), prefix});
      }
      int id = static_cast<int>(patterns_.size());
      const Word& first = p.words.front();
      if (first.prefix) {
        prefix_[first.stem].push_back(id);
        longest_stem_ = std::max(longest_stem_, first.stem.size());
      } else {
        exact_[first.stem].push_back(id);
      }
      patterns_.push_back(std::move(p));
    }
  }
}

bool LexiconMatcher::word_matches(const Word& w, std::string_view token) {
  if (w.prefix) return token.size() >= w.stem.size() && token.compare(0, w.stem.size(), w.stem) == 0;
  return token == w.stem;
}

// Pattern ids whose first word matches `token`; with !whole_token only single-word patterns (hyphen parts).
void LexiconMatcher::first_word_patterns(std::string_view token, std::vector<int>& out,
                                         bool whole_token) const {
  auto take = [&](const std::vector<int>& ids) {
    for (int id : ids)
      if (whole_token || patterns_[id].words.size() == 1) out.push_back(id);
  };
  auto exact = exact_.find(std::string(token));
  if (exact != exact_.end()) take(exact->second);
  std::size_t longest = std::min(longest_stem_, token.size());
  for (std::size_t len = 1; len <= longest; ++len) {
    auto pre = prefix_.find(std::string(token.substr(0, len)));
    if (pre != prefix_.end()) take(pre->second);
  }
}

std::vector<int> LexiconMatcher::start_patterns(std::string_view token) const {
  std::vector<int> ids;
  first_word_patterns(token, ids, true);
  if (token.find('-') != std::string_view::npos) {
    std::size_t start = 0;
    while (start <= token.size()) {
      std::size_t end = std::min(token.find('-', start), token.size());
      if (end > start) first_word_patterns(token.substr(start, end - start), ids, false);
      start = end + 1;
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

void LexiconMatcher::add_candidates(const Document& doc, std::size_t i, const std::vector<int>& ids,
                                    std::vector<Candidate>& out) const {
  for (int id : ids) {
    const Pattern& p = patterns_[id];
    std::size_t n = p.words.size();
    if (i + n > doc.tokens.size()) continue;
    bool ok = true;
    for (std::size_t w = 1; w < n && ok; ++w) ok = word_matches(p.words[w], doc.tokens.lower(i + w));
    if (ok) out.push_back({p.topic, p.term, static_cast<std::uint32_t>(n)});
  }
}

std::vector<LexiconHit> LexiconMatcher::match(const Document& doc) const {
  StartCache cache;
  return match(doc, cache);
}

std::vector<LexiconHit> LexiconMatcher::match(const Document& doc, StartCache& cache) const {
  std::vector<LexiconHit> hits;
  if (!doc.ok() || patterns_.empty()) return hits;
  std::vector<std::uint32_t> covered_until(topic_count_, 0);
  std::vector<Candidate> found;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& tok = doc.tokens[i];
    if (tok.kind == TokenKind::Punct || tok.kind == TokenKind::Symbol) continue;
    const std::string_view lower = doc.tokens.lower(tok);
    auto it = cache.find(lower);
    if (it == cache.end()) it = cache.emplace(lower, start_patterns(lower)).first;
    if (it->second.empty()) continue;
    found.clear();
    add_candidates(doc, i, it->second, found);
    // Per topic: the longest term, then the first listed.
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
      if (a.topic != b.topic) return a.topic < b.topic;
      if (a.length != b.length) return a.length > b.length;
      return a.term < b.term;
    });
    for (std::size_t c = 0; c < found.size(); ++c) {
      if (c > 0 && found[c].topic == found[c - 1].topic) continue;
      if (covered_until[found[c].topic] > i) continue;
      auto first = static_cast<std::uint32_t>(i);
      hits.push_back({found[c].topic, found[c].term, first, first + found[c].length});
      covered_until[found[c].topic] = first + found[c].length;
    }
  }
  return hits;
}

}  // namespace entente
