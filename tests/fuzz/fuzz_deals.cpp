// libFuzzer harness: mentions (entities, money, quantities, dates) and deals of one document. The tables
// are loaded once; each input is ingested as a .txt file and scanned.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "assets.h"
#include "deal_lexicon.h"
#include "deal_rules.h"
#include "ingest.h"
#include "mentions.h"

namespace {

struct Tables {
  entente::MentionTables mentions = entente::load_mention_tables();
  entente::DealLexicon lexicon = entente::load_deal_lexicon(entente::embedded_asset("deal_lexicon.json"));
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Tables tables;  // the harness's fixed state, loaded once (not core code)
  entente::InputFile in{"doc.txt", std::string(reinterpret_cast<const char*>(data), size), ""};
  entente::Document doc = entente::ingest_file(0, in, entente::IngestLimits{});
  if (!doc.error.empty()) return 0;
  entente::DocMentions m = entente::find_mentions(tables.mentions, doc.text);
  std::vector<entente::Mention> mentions;
  entente::append_mentions(tables.mentions, m, 0, &mentions);
  for (const entente::Mention& x : mentions)
    if (x.start > x.end || x.end > doc.text.size()) std::abort();
  for (const entente::Deal& d : entente::find_doc_deals(doc, m, tables.mentions, tables.lexicon)) {
    if (d.evidence.start > d.evidence.end || d.evidence.end > doc.text.size()) std::abort();
    if (d.evidence.text != doc.text.substr(d.evidence.start, d.evidence.end - d.evidence.start)) std::abort();
  }
  return 0;
}
