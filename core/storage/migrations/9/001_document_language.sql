-- SPDX-License-Identifier: GPL-3.0-or-later
-- The language a customer's printed documents speak: 'zh_CN', 'zh_TW' or 'en'; '' follows the
-- language of the program that prints them.
ALTER TABLE customers ADD COLUMN document_language TEXT NOT NULL DEFAULT ''
    CHECK (document_language = '' OR document_language = 'zh_CN' OR document_language = 'zh_TW'
           OR document_language = 'en');
