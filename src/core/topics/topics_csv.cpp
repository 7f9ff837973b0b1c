// CSV exports for the Topics panel (see topics_csv.h).
#include "topics_csv.h"

#include <cstdio>

namespace entente {
namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string doc_name(const Corpus& corpus, int doc) {
  for (const Document& d : corpus.docs)
    if (d.id == doc) return d.name;
  return {};
}

std::string label_of(const TopicsResult& topics, const std::string& id) {
  for (const LexiconTopicInfo& l : topics.lexicon)
    if (l.id == id) return l.label;
  return id;
}

}  // namespace

std::string frequencies_csv(const Corpus& corpus, const TopicsResult& topics) {
  std::string out = "doc,name,topic,label,hits,per_1000\n";
  for (const TopicFrequency& f : topics.frequencies) {
    char per[32];
    std::snprintf(per, sizeof per, "%.2f", f.per_1000);
    out += std::to_string(f.doc) + "," + csv_field(doc_name(corpus, f.doc)) + "," + csv_field(f.topic) + "," +
           csv_field(label_of(topics, f.topic)) + "," + std::to_string(f.hits) + "," + per + "\n";
  }
  return out;
}

std::string discovered_csv(const Corpus& corpus, const DiscoveredTopics& discovered) {
  std::string out = "topic,top_terms\n";
  for (std::size_t t = 0; t < discovered.topics.size(); ++t) {
    std::string terms;
    for (const std::string& w : discovered.topics[t].top_terms) terms += (terms.empty() ? "" : " ") + w;
    out += std::to_string(t) + "," + csv_field(terms) + "\n";
  }
  out += "\ndoc,name";
  for (int t = 0; t < discovered.k; ++t) out += ",topic_" + std::to_string(t);
  out += "\n";
  for (std::size_t d = 0; d < discovered.doc_topic.size(); ++d) {
    int id = d < corpus.docs.size() ? corpus.docs[d].id : static_cast<int>(d);
    out += std::to_string(id) + "," + csv_field(d < corpus.docs.size() ? corpus.docs[d].name : "");
    for (double p : discovered.doc_topic[d]) out += "," + number(p);
    out += "\n";
  }
  return out;
}

}  // namespace entente
