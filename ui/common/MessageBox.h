// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace guanxi {

// QMessageBox's static questions the program asks, with one seam for tests: setNextAnswer() answers the next
// call at once, without a dialog, and keeps what it would have said (lastText()). The program
// itself never sets an answer, so it always asks the user. (KeePassXC's MessageBox is the model.)
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text, Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);

    // For tests: the next call returns `answer` without showing anything (NoButton: ask again).
    static void setNextAnswer(Button answer);
    // For tests: whether the answer set is still waiting for a question (the program asked none).
    static bool answerPending();
    // For tests: the text of the last call answered by setNextAnswer().
    static QString lastText();

private:
    static Button ask(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton);
};

} // namespace guanxi
