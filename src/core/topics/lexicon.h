// Lexicon topics: named lists of terms (words, prefix wildcards "defen*", phrases "joint military exercise").
// Parsing from JSON with errors that name the line, and writing back to JSON for the app's lexicon editor.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct LexiconTopic {
  std::string id;                  // [a-z0-9_]+, unique in the lexicon
  std::string label;               // shown to the user; defaults to the id
  std::vector<std::string> terms;  // as written in the file, unique (case-insensitively) within the topic
};

struct Lexicon {
  std::string name;  // optional "name" of the file
  std::vector<LexiconTopic> topics;
};

// A lexicon that could not be read. line() is the 1-based line of the problem, or 0 when it concerns the
// whole file (e.g. an empty lexicon). what() reads "lexicon line N: <problem>".
class LexiconError : public std::runtime_error {
 public:
  LexiconError(int line, const std::string& problem);
  int line() const { return line_; }
  const std::string& problem() const { return problem_; }

 private:
  int line_;
  std::string problem_;
};

// Parses a lexicon. Two shapes are accepted:
//   {"name": "...", "topics": [{"id": "energy", "label": "Energy", "terms": ["oil", "gas*", "power plant"]}]}
//   {"energy": ["oil", "gas*"], "defense": ["defen*"]}            (short form: labels default to ids)
// A term is one or more words separated by spaces; a word may end in '*' (prefix wildcard, at least two
// characters before it). Throws LexiconError for malformed JSON, a missing or bad field, a duplicate topic
// id, a duplicate or malformed term, or a lexicon without topics.
Lexicon parse_lexicon(std::string_view json);

// The lexicon compiled into the binary from assets/lexicon.json.
Lexicon default_lexicon();

// `json` parsed, or the default lexicon when `json` is empty. Throws LexiconError like parse_lexicon.
Lexicon lexicon_or_default(std::string_view json);

// The lexicon as JSON in the long form, one term per line; parse_lexicon(lexicon_to_json(x)) == x.
std::string lexicon_to_json(const Lexicon& lexicon);

// Checks one term as parse_lexicon does; returns an empty string when it is valid, else the problem.
std::string term_problem(std::string_view term);

}  // namespace entente
