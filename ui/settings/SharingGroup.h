// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/AppContext.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace guanxi {

// Settings → 共享: "Share this database with colleagues", what that means (the rollback journal
// for everyone, about five people saving at once, the trust bound of a file anyone can edit), and
// who has the file open now. Switching needs everyone else out; the core says who is still in.
class SharingGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit SharingGroup(const AppContext &ctx, QWidget *parent = nullptr);
    void refresh();

signals:
    void sharingChanged(bool shared);

protected:
    // Who has the file open changes while Settings is closed: read again whenever it is shown.
    void showEvent(QShowEvent *event) override;

private:
    void toggle(bool on);

    AppContext m_ctx;
    QCheckBox *m_share = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace guanxi
