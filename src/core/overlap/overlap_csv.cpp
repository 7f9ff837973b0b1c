// Overlap CSV exports (see overlap_csv.h).
#include "overlap_csv.h"

#include <nlohmann/json.hpp>

#include "topics_csv.h"

namespace entente {
namespace {

std::string name_of(const Corpus& corpus, int id) {
  for (const Document& d : corpus.docs) {
    if (d.id == id) return d.name;
  }
  return "";
}

std::string number(double x) {
  return nlohmann::json(x).dump();
}

}  // namespace

std::string overlap_pairs_csv(const Corpus& corpus, const OverlapResult& overlap) {
  std::string out = "a,b,name_a,name_b,score,shared_tokens,passages\n";
  for (const OverlapPair& p : overlap.pairs) {
    out += std::to_string(p.a) + "," + std::to_string(p.b) + "," + csv_field(name_of(corpus, p.a)) + "," +
           csv_field(name_of(corpus, p.b)) + "," + number(p.score) + "," + std::to_string(p.shared_tokens) +
           "," + std::to_string(p.passages.size()) + "\n";
  }
  return out;
}

std::string overlap_passages_csv(const Corpus& corpus, const OverlapResult& overlap) {
  std::string out = "a,b,name_a,name_b,passage,a_start,a_end,b_start,b_end,similarity,a_text,b_text\n";
  for (const OverlapPair& p : overlap.pairs) {
    const std::string names = csv_field(name_of(corpus, p.a)) + "," + csv_field(name_of(corpus, p.b));
    for (std::size_t i = 0; i < p.passages.size(); ++i) {
      const Passage& s = p.passages[i];
      out += std::to_string(p.a) + "," + std::to_string(p.b) + "," + names + "," + std::to_string(i) + "," +
             std::to_string(s.a_start) + "," + std::to_string(s.a_end) + "," + std::to_string(s.b_start) +
             "," + std::to_string(s.b_end) + "," + number(s.similarity) + "," + csv_field(s.a_text) + "," +
             csv_field(s.b_text) + "\n";
    }
  }
  return out;
}

}  // namespace entente
