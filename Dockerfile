# One image for every Padan service: `padan run <registry|matcher|notifier|reporting>`.
FROM python:3.11-slim AS build
RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
COPY shared ./shared
COPY services ./services
COPY cli ./cli
COPY deploy/local ./deploy/local
RUN uv sync --frozen --no-dev --all-packages

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 padan
WORKDIR /app
COPY --from=build --chown=padan:padan /app /app
ENV PATH="/app/.venv/bin:$PATH" PYTHONUNBUFFERED=1
USER padan
ENTRYPOINT ["padan"]
CMD ["--help"]
