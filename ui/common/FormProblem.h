// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QLabel>
#include <QWidget>

#include <initializer_list>
#include <utility>

namespace guanxi {

// The red line under a form that says what is wrong, in the user's language, beside the field to
// fix: every dialog that saves through a core service shows refusals the same way.
class FormProblem : public QLabel {
    Q_OBJECT
public:
    using Fields = std::initializer_list<std::pair<const char *, QWidget *>>;

    FormProblem(QWidget *parent, const char *objectName)
        : QLabel(parent)
    {
        setObjectName(QLatin1String(objectName));
        setWordWrap(true);
        setStyleSheet(QStringLiteral("color: #b00020;"));
        hide();
    }

    // Shows `message` (hides the line when empty) and puts the cursor in `field`, if any.
    void report(const QString &message, QWidget *field = nullptr)
    {
        setText(message);
        setVisible(!message.isEmpty());
        if (field)
            field->setFocus();
    }

    // A service's refusal: the message, and the focus on the field it names among `fields`.
    void report(const Error &error, Fields fields)
    {
        QWidget *focus = nullptr;
        for (const auto &[name, widget] : fields)
            if (error.field == QLatin1String(name))
                focus = widget;
        report(error.message, focus);
    }
};

} // namespace guanxi
