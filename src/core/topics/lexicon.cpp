// Lexicon parsing and writing (see lexicon.h). Structure checks name the line of the offending value.
#include "lexicon.h"

#include <nlohmann/json.hpp>
#include <set>

#include "assets.h"
#include "json_lines.h"
#include "tokenize.h"

namespace entente {
namespace {

constexpr int kMaxTermWords = 8;

[[noreturn]] void fail(const JsonNode& at, const std::string& problem) {
  throw LexiconError(at.line, problem);
}

std::string in_quotes(std::string_view s) {
  return "'" + std::string(s) + "'";
}

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

// Trims and collapses runs of spaces and tabs to one space.
std::string normalize_spaces(std::string_view term) {
  std::string out;
  for (char c : term) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string word_problem(std::string_view word) {
  std::size_t star = word.find('*');
  if (star != std::string_view::npos && star + 1 != word.size())
    return "'*' may only end a word (prefix wildcard)";
  std::string_view stem = word.substr(0, star);
  bool has_alnum = false;
  for (char c : stem) {
    auto b = static_cast<unsigned char>(c);
    has_alnum |= b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  }
  if (!has_alnum) return "a word needs a letter or digit";
  if (star != std::string_view::npos && stem.size() < 2)
    return "a wildcard needs at least two characters before '*'";
  return {};
}

std::vector<std::string> read_terms(const JsonNode& terms, const std::string& topic_id) {
  if (terms.type != JsonNode::Type::Array)
    fail(terms, "\"terms\" of topic " + in_quotes(topic_id) + " must be an array of strings, not " +
                    terms.type_name());
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const JsonNode& t : terms.items) {
    if (t.type != JsonNode::Type::String)
      fail(t, "a term of topic " + in_quotes(topic_id) + " must be a string, not " + t.type_name());
    std::string term = normalize_spaces(t.text);
    std::string problem = term_problem(term);
    if (!problem.empty())
      fail(t, "term " + in_quotes(t.text) + " in topic " + in_quotes(topic_id) + ": " + problem);
    if (!seen.insert(fold_lower(term)).second)
      fail(t, "term " + in_quotes(term) + " appears twice in topic " + in_quotes(topic_id));
    out.push_back(std::move(term));
  }
  return out;
}

LexiconTopic read_topic(const JsonNode& node) {
  if (node.type != JsonNode::Type::Object)
    fail(node, std::string("a topic must be an object, not ") + node.type_name());
  for (const auto& m : node.members)
    if (m.first != "id" && m.first != "label" && m.first != "terms" && m.first != "description")
      fail(m.second, "unknown field " + in_quotes(m.first) + " in a topic (expected id, label, terms)");
  const JsonNode* id = node.find("id");
  if (!id) fail(node, "a topic has no \"id\"");
  if (id->type != JsonNode::Type::String || !valid_id(id->text))
    fail(*id, "topic id must be a string of a-z, 0-9 and _ (at most 64 characters)");
  LexiconTopic topic;
  topic.id = id->text;
  topic.label = topic.id;
  if (const JsonNode* label = node.find("label")) {
    if (label->type != JsonNode::Type::String || normalize_spaces(label->text).empty())
      fail(*label, "label of topic " + in_quotes(topic.id) + " must be a non-empty string");
    topic.label = normalize_spaces(label->text);
  }
  const JsonNode* terms = node.find("terms");
  if (!terms) fail(node, "topic " + in_quotes(topic.id) + " has no \"terms\"");
  topic.terms = read_terms(*terms, topic.id);
  return topic;
}

void add_topic(Lexicon& lexicon, LexiconTopic topic, const JsonNode& at) {
  for (const LexiconTopic& t : lexicon.topics)
    if (t.id == topic.id) fail(at, "topic id " + in_quotes(topic.id) + " appears twice");
  lexicon.topics.push_back(std::move(topic));
}

Lexicon read_lexicon(const JsonNode& root) {
  if (root.type != JsonNode::Type::Object)
    fail(root, std::string("a lexicon must be a JSON object, not ") + root.type_name());
  Lexicon lexicon;
  const JsonNode* topics = root.find("topics");
  if (topics && topics->type == JsonNode::Type::Array) {
    if (const JsonNode* name = root.find("name")) {
      if (name->type != JsonNode::Type::String) fail(*name, "\"name\" must be a string");
      lexicon.name = name->text;
    }
    for (const JsonNode& t : topics->items) add_topic(lexicon, read_topic(t), t);
  } else {
    for (const auto& m : root.members) {  // short form: "id": ["term", ...]
      if (!valid_id(m.first))
        fail(m.second, "topic id " + in_quotes(m.first) + " must use only a-z, 0-9 and _");
      LexiconTopic topic{m.first, m.first, read_terms(m.second, m.first)};
      add_topic(lexicon, std::move(topic), m.second);
    }
  }
  if (lexicon.topics.empty())
    throw LexiconError(topics ? topics->line : root.line, "the lexicon has no topics");
  return lexicon;
}

}  // namespace

LexiconError::LexiconError(int line, const std::string& problem)
    : std::runtime_error(line > 0 ? "lexicon line " + std::to_string(line) + ": " + problem
                                  : "lexicon: " + problem),
      line_(line),
      problem_(problem) {}

std::string term_problem(std::string_view raw) {
  std::string term = normalize_spaces(raw);
  if (term.empty()) return "empty term";
  int words = 0;
  std::size_t start = 0;
  while (start <= term.size()) {
    std::size_t end = term.find(' ', start);
    if (end == std::string::npos) end = term.size();
    std::string problem = word_problem(std::string_view(term).substr(start, end - start));
    if (!problem.empty()) return problem;
    ++words;
    start = end + 1;
  }
  if (words > kMaxTermWords) return "a phrase may have at most " + std::to_string(kMaxTermWords) + " words";
  return {};
}

Lexicon parse_lexicon(std::string_view json) {
  JsonNode root;
  try {
    root = parse_json_lines(json);
  } catch (const JsonLinesError& e) {
    throw LexiconError(e.line(), e.what());
  }
  return read_lexicon(root);
}

Lexicon default_lexicon() {
  std::string_view text = embedded_asset("lexicon.json");
  if (text.empty()) throw LexiconError(0, "the default lexicon (assets/lexicon.json) is not embedded");
  return parse_lexicon(text);
}

Lexicon lexicon_or_default(std::string_view json) {
  return json.empty() ? default_lexicon() : parse_lexicon(json);
}

std::string lexicon_to_json(const Lexicon& lexicon) {
  nlohmann::ordered_json topics = nlohmann::ordered_json::array();
  for (const LexiconTopic& t : lexicon.topics)
    topics.push_back({{"id", t.id}, {"label", t.label}, {"terms", t.terms}});
  nlohmann::ordered_json root;
  if (!lexicon.name.empty()) root["name"] = lexicon.name;
  root["topics"] = topics;
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace entente
