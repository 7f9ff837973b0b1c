// Reading the command line's input files and folders, and whole files.
#pragma once

#include <string>
#include <vector>

#include "analysis.h"

namespace entente {

// Files in input order; a folder contributes its text files (.txt, .md, .html, .htm) in name order. A file
// that cannot be read gets InputFile::read_error.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths);

// The bytes of `path` into `out`; false when it cannot be read.
bool read_whole_file(const std::string& path, std::string& out);

// Writes `bytes` to `path`; false when it cannot be written.
bool write_whole_file(const std::string& path, const std::string& bytes);

}  // namespace entente
