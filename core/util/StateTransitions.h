// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace guanxi {

// Which state a record may move to from which: one table per kind of record (quotes, orders,
// leads), which its service checks before every change of state and answers allowedActions()
// from, so the buttons a user sees and the refusals a call gets cannot disagree. The change itself
// is a versioned write like any other (updateVersioned), so two people moving the same record at
// once cannot both succeed.
template <typename State> class StateTransitions {
public:
    StateTransitions(std::initializer_list<std::pair<State, State>> moves)
        : m_moves(moves)
    {
    }

    bool allows(State from, State to) const
    {
        return std::find(m_moves.cbegin(), m_moves.cend(), std::pair{from, to}) != m_moves.cend();
    }

private:
    std::vector<std::pair<State, State>> m_moves;
};

} // namespace guanxi
