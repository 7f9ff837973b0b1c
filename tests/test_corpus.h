// Test helpers: documents and corpora built straight from strings (tokens only; no ingest checks).
#pragma once

#include <string>
#include <vector>

#include "text.h"
#include "tokenize.h"

// A document with `text`, its tokens, id `id` and name "doc<id>.txt".
inline entente::Document doc_of(const std::string& text, int id = 0) {
  entente::Document d;
  d.id = id;
  d.name = "doc" + std::to_string(id) + ".txt";
  d.text = text;
  d.tokens = entente::tokenize(d.text);
  return d;
}

// One document per text, ids in order.
inline entente::Corpus corpus_of(const std::vector<std::string>& texts) {
  entente::Corpus c;
  for (std::size_t i = 0; i < texts.size(); ++i) c.docs.push_back(doc_of(texts[i], static_cast<int>(i)));
  return c;
}
