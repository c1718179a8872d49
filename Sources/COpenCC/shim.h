// OpenCC's C API (Debian libopencc-dev), for reading pages printed in traditional characters.
#include <opencc.h>
