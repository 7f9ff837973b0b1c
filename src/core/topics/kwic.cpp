// KWIC lines from lexicon hits (see kwic.h).
#include "kwic.h"

#include "lexicon_match.h"

namespace entente {
namespace {

bool running(const Token& t) {
  return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
}

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

KwicLine make_line(const Document& doc, std::uint32_t first, std::uint32_t end, int context) {
  KwicLine line;
  line.doc = doc.id;
  line.first_token = first;
  line.token_end = end;
  line.start = doc.tokens[first].start;
  line.end = doc.tokens[end - 1].end;
  std::uint32_t left = first;
  for (int n = 0; left > 0 && n < context;) n += running(doc.tokens[--left]);
  std::uint32_t right = end;
  for (int n = 0; right < doc.tokens.size() && n < context;) n += running(doc.tokens[right++]);
  line.left = collapse(doc.slice(doc.tokens[left].start, line.start));
  line.hit = collapse(doc.slice(line.start, line.end));
  line.right = collapse(doc.slice(line.end, right > end ? doc.tokens[right - 1].end : line.end));
  return line;
}

std::vector<KwicLine> kwic_lines(const Corpus& corpus, const Lexicon& lexicon, int topic,
                                 const KwicOptions& options) {
  std::vector<KwicLine> out;
  LexiconMatcher matcher(lexicon);
  for (const Document& doc : corpus.docs) {
    if (options.doc >= 0 && doc.id != options.doc) continue;
    for (const LexiconHit& hit : matcher.match(doc)) {
      if (hit.topic != topic) continue;
      if (out.size() >= options.max_lines) return out;
      KwicLine line = make_line(doc, hit.first_token, hit.token_end, options.context_words);
      line.topic = lexicon.topics[topic].id;
      line.term = lexicon.topics[topic].terms[hit.term];
      out.push_back(std::move(line));
    }
  }
  return out;
}

}  // namespace

std::vector<KwicLine> kwic_topic(const Corpus& corpus, const Lexicon& lexicon, std::string_view topic_id,
                                 const KwicOptions& options) {
  for (std::size_t t = 0; t < lexicon.topics.size(); ++t) {
    if (lexicon.topics[t].id != topic_id) continue;
    Lexicon one;  // match only this topic: cheaper, same hits (topics are counted independently)
    one.topics.push_back(lexicon.topics[t]);
    return kwic_lines(corpus, one, 0, options);
  }
  return {};
}

std::vector<KwicLine> kwic_term(const Corpus& corpus, std::string_view term, const KwicOptions& options) {
  std::string problem = term_problem(term);
  if (!problem.empty()) throw LexiconError(0, "term '" + std::string(term) + "': " + problem);
  Lexicon one;
  one.topics.push_back({"term", "term", {std::string(term)}});
  std::vector<KwicLine> lines = kwic_lines(corpus, one, 0, options);
  for (KwicLine& line : lines) line.topic.clear();
  return lines;
}

}  // namespace entente
