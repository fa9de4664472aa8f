#include "CaseQuery.h"

#include <QStringList>

namespace creditcase::service {

QList<CaseSortKey> allCaseSortKeys() {
    return {CaseSortKey::CaseNumber, CaseSortKey::OpenedOn, CaseSortKey::NextDue, CaseSortKey::SubjectName,
            CaseSortKey::Stage,      CaseSortKey::ListType, CaseSortKey::Officer};
}

QString CaseFilter::cacheKey() const {
    // Unit separators keep "a" + "bc" apart from "ab" + "c".
    const QChar separator(0x1f);
    return QStringList{stage ? domain::caseStageId(*stage) : QString(),
                       listType,
                       organId ? QString::number(organId) : QString(),
                       officer,
                       dueOnOrBefore.isValid() ? dueOnOrBefore.toString(Qt::ISODate) : QString(),
                       text.trimmed()}
        .join(separator);
}

} // namespace creditcase::service
