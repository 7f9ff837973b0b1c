// A loop over indexes shared by two threads natively; in WebAssembly it runs on the calling thread.
#pragma once

#include <cstddef>
#include <exception>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

namespace entente {

// Calls f(i) for every i < n: on two threads natively when `two` (f must then be safe to call for different
// i at once; an exception from either thread is rethrown here), else in order on this thread.
template <class F>
void for_each_index(std::size_t n, bool two, const F& f) {
#ifndef __EMSCRIPTEN__
  if (two && n > 1) {
    std::exception_ptr failed;
    std::thread other([&] {
      try {
        for (std::size_t i = 1; i < n; i += 2) f(i);
      } catch (...) {
        failed = std::current_exception();
      }
    });
    try {
      for (std::size_t i = 0; i < n; i += 2) f(i);
    } catch (...) {
      other.join();
      throw;
    }
    other.join();
    if (failed) std::rethrow_exception(failed);
    return;
  }
#else
  (void)two;
#endif
  for (std::size_t i = 0; i < n; ++i) f(i);
}

}  // namespace entente
