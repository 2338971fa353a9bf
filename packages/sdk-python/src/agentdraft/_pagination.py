"""Cursor pagination: iterate the items of every page, fetching the next page only when needed."""

from __future__ import annotations

from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    Protocol,
    Sequence,
    TypeVar,
)

from .errors import AgentDraftError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """What every generated ``*Page`` model has."""

    @property
    def data(self) -> Sequence[T_co]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> Optional[str]: ...


def _next_cursor(page: Page[Any], cursor: Optional[str]) -> Optional[str]:
    """The cursor of the page after ``page``, or None when it was the last one."""
    if not page.has_more:
        return None
    if not page.next_cursor:
        raise AgentDraftError("the server said has_more but sent no next_cursor")
    if page.next_cursor == cursor:
        raise AgentDraftError(f"the server returned cursor {cursor!r} for the page it names; stopping")
    return page.next_cursor


class Pager(Generic[T]):
    """Iterates items across pages: ``for booking in client.bookings.list(): ...``.

    ``pages()`` iterates whole pages instead; ``first_page()`` fetches only one. ``cursor`` resumes
    from a ``next_cursor`` an earlier page returned.
    """

    def __init__(self, fetch: Callable[[Optional[str]], Page[T]], cursor: Optional[str] = None) -> None:
        self._fetch = fetch
        self._cursor = cursor

    def pages(self) -> Iterator[Page[T]]:
        cursor = self._cursor
        while True:
            page = self._fetch(cursor)
            yield page
            cursor = _next_cursor(page, cursor)
            if cursor is None:
                return

    def first_page(self) -> Page[T]:
        return self._fetch(self._cursor)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.data

    def to_list(self) -> List[T]:
        return list(self)


class AsyncPager(Generic[T]):
    """``async for booking in client.bookings.list(): ...`` iterates every item across pages;
    ``await`` it for the first page (as the TypeScript SDK's ``await client.bookings.list()``);
    ``await pager.to_list()`` collects every item."""

    def __init__(self, fetch: Callable[[Optional[str]], Awaitable[Page[T]]], cursor: Optional[str] = None) -> None:
        self._fetch = fetch
        self._cursor = cursor

    async def pages(self) -> AsyncIterator[Page[T]]:
        cursor = self._cursor
        while True:
            page = await self._fetch(cursor)
            yield page
            cursor = _next_cursor(page, cursor)
            if cursor is None:
                return

    async def first_page(self) -> Page[T]:
        return await self._fetch(self._cursor)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item

    async def to_list(self) -> List[T]:
        return [item async for item in self]

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()
