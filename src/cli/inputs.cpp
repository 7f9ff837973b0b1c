// Input files for the CLI: folders expanded in name order, read errors kept per file.
#include "inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest.h"

namespace fs = std::filesystem;

namespace entente {
namespace {

bool is_text_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

InputFile read_input(const std::string& path) {
  InputFile in;
  in.name = base_name(path);
  if (!read_whole_file(path, in.bytes)) {
    std::error_code ec;
    in.read_error = fs::exists(path, ec) ? "cannot read the file (permission denied?)" : "no such file";
  }
  return in;
}

}  // namespace

std::vector<InputFile> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> inputs;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      inputs.push_back(read_input(p));
      continue;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(p, ec))
      if (entry.is_regular_file(ec) && is_text_extension(entry.path())) files.push_back(entry.path());
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
      return a.filename().string() < b.filename().string();
    });
    for (const fs::path& f : files) inputs.push_back(read_input(f.string()));
  }
  return inputs;
}

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream buf;
  buf << f.rdbuf();
  out = buf.str();
  return true;
}

bool write_whole_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  return static_cast<bool>(out << bytes) && static_cast<bool>(out.flush());
}

}  // namespace entente
