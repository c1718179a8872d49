// libxlsxwriter (Debian libxlsxwriter-dev): writes the reports' workbook, tally.xlsx.
#include <xlsxwriter.h>
